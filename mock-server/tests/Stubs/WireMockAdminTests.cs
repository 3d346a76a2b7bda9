using System.Net;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Stubs;

public sealed class WireMockAdminTests
{
    [Fact]
    public async Task AdminMappings_WithWireMockAdmin_Served()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(mock.Url + "/__admin/mappings"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().StartWith("[");
    }

    [Fact]
    public async Task AdminMappings_ByDefault_404Envelope()
    {
        await using var mock = MockHttp.Start();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(mock.Url + "/__admin/mappings"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ReadJsonAsync())["code"]!.GetValue<string>().Should().Be("NOT_FOUND");
    }
}
