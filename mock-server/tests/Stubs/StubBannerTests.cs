using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Stubs;

/// <summary>The start-up banner says where stubs come from and where the admin API is.</summary>
public sealed class StubBannerTests
{
    [Fact]
    public async Task Write_MappingsAndAdmin_NamesTheFolderTheStubCountAndTheAdminUrl()
    {
        using var folder = new RecordingFolder();
        folder.Write("two.json", """[{"Request":{"Path":"/a"},"Response":{"StatusCode":200}},{"Request":{"Path":"/b"},"Response":{"StatusCode":200}}]""");
        await using var mock = MockHttp.Start(configure: o => { o.MappingsDirectory = folder.Path; o.WireMockAdmin = true; });
        using var output = new StringWriter();

        Banner.Write(output, mock);

        output.ToString().Should().Contain($"  Stubs     {folder.Path} (2 WireMock mappings over the generated API)")
            .And.Contain($"  Admin     {mock.Url}/__admin/mappings (WireMock's admin API for stubs)");
    }
}
