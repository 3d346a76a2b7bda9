namespace BuenaMock.Tests.Host;

public class WireMockPluginScanTests
{
    [Fact]
    public void SkipMimePartScan_FindsWireMocksCacheOfPluginsNotFound()
    {
        WireMockPluginScan.SkipMimePartScan().Should().BeTrue("without WireMock.Net's cache the first request scans every DLL again");
    }
}
