using System.Net;
using System.Text;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

public sealed class NoControlTests
{
    [Theory]
    [InlineData("GET", "/__buena/clock")]
    [InlineData("POST", "/__buena/clock/advance?seconds=60")]
    [InlineData("PUT", "/__buena/faults")]
    [InlineData("POST", "/__buena/reset")]
    [InlineData("GET", "/__buena/requests")]
    public async Task ControlEndpoint_WithNoControl_404NotFound(string method, string path)
    {
        await using var mock = MockHttp.Start(configure: o => o.ControlEnabled = false);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), mock.Url + path)
        {
            Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ReadJsonAsync())["code"]!.GetValue<string>().Should().Be("NOT_FOUND");
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now, "nothing moved the clock");
    }

    [Fact]
    public async Task Documents_WithNoControl_StillServed()
    {
        await using var mock = MockHttp.Start(configure: o => o.ControlEnabled = false);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(mock.Url + "/__buena/openapi.yaml"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
