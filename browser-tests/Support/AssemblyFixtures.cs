using BuenaMock.BrowserTests.Support;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
