using System.Net;
using BuenaMock.Dashboard;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Dashboard;

/// <summary>The page's files: served from the assembly with their types and a strict policy, without the admin token, not with --no-control.</summary>
public sealed class DashboardHttpTests
{
    [Theory]
    [InlineData("__buena/ui", "text/html; charset=utf-8", "<title>BuenaMock dashboard</title>")]
    [InlineData("__buena/ui/", "text/html; charset=utf-8", "<title>BuenaMock dashboard</title>")]
    [InlineData("__buena/ui/index.html", "text/html; charset=utf-8", "<title>BuenaMock dashboard</title>")]
    [InlineData("__buena/ui/dashboard.js", "text/javascript; charset=utf-8", "/__buena/jobs?")]
    [InlineData("__buena/ui/dashboard.css", "text/css; charset=utf-8", "font-family")]
    public async Task File_Served_WithItsContentTypeAndTheContentSecurityPolicy(string path, string contentType, string contains)
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync(path, key: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(contentType);
        response.Header("Content-Security-Policy").Should().Be(DashboardRoutes.ContentSecurityPolicy).And.Contain("script-src 'self'").And.NotContain("unsafe");
        response.Header("X-Content-Type-Options").Should().Be("nosniff");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain(contains);
    }

    [Fact]
    public async Task Page_NoInlineScriptOrStyleAndNothingFromAnotherOrigin()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        var html = await (await root.GetAsync("__buena/ui/", key: null)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        html.Should().Contain("<script src=\"/__buena/ui/dashboard.js\" defer></script>");
        html.Should().NotContain("<script>").And.NotContain("<style").And.NotContain("style=\"").And.NotContain("onclick").And.NotContain("http://").And.NotContain("https://");
    }

    [Theory]
    [InlineData("__buena/ui/other.js")]
    [InlineData("__buena/ui/..%2Fopenapi.yaml")]
    [InlineData("__buena/ui/Dashboard.js")]
    public async Task File_NotOneOfThePages_404(string path)
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync(path, key: null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ReadJsonAsync())["code"]!.GetValue<string>().Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task Page_WithAdminToken_ServedWithoutItWhileItsDataNeedsIt()
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = "secret-token");
        using var root = ControlHttp.RootClient(mock);

        using var page = await root.GetAsync("__buena/ui/", key: null);
        using var data = await root.GetAsync("__buena/jobs", key: null);

        page.StatusCode.Should().Be(HttpStatusCode.OK, "the page holds no data");
        data.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("__buena/ui/")]
    [InlineData("__buena/ui/dashboard.js")]
    [InlineData("__buena/users")]
    [InlineData("__buena/jobs")]
    public async Task Page_WithNoControl_404(string path)
    {
        await using var mock = MockHttp.Start(configure: o => o.ControlEnabled = false);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync(path, key: null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Banner_NamesThePage()
    {
        await using var mock = MockHttp.Start();
        using var output = new StringWriter();

        Banner.Write(output, mock);

        output.ToString().Should().Contain($"  Dashboard {mock.Url}/__buena/ui/");
    }
}
