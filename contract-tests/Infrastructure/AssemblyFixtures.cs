using BuenaMock.ContractTests.Infrastructure;

// One target (and, without BUENA_BASE_URL, one in-process mock) for the whole run.
[assembly: AssemblyFixture(typeof(TargetFixture))]
