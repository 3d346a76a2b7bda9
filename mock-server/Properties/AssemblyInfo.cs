using System.Runtime.CompilerServices;

// Internal by default: the public surface is what PublicAPI.Shipped.txt lists. The unit tests, the
// contract suite (which starts the mock in-process) and the micro-benchmarks reach the parts.
[assembly: InternalsVisibleTo("BuenaMock.MockServer.Tests")]
[assembly: InternalsVisibleTo("BuenaMock.ContractTests")]
[assembly: InternalsVisibleTo("BuenaMock.Bench.Micro")]
