using System.Runtime.CompilerServices;

// The unit tests reach the internal parts (config file reader, route registration, banner, start-up failures).
[assembly: InternalsVisibleTo("BuenaMock.MockServer.Tests")]
[assembly: InternalsVisibleTo("BuenaMock.Bench.Micro")]
