using BuenaMock.Auth;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Host;

public class BannerTests
{
    [Fact]
    public async Task Write_DefaultKeys_ShownWholeWithTheirUsersAndACurlThatWorks()
    {
        await using var mock = MockHttp.Start(seed: 7);
        using var output = new StringWriter();

        Banner.Write(output, mock);

        var text = output.ToString();
        text.Should().Contain($"BuenaMock is listening on {mock.Url}");
        text.Should().Contain($"  Base URL  {mock.BaseUrl}");
        text.Should().Contain("  Seed      7");
        text.Should().Contain($"  Clock     pinned at {TestClock.NowText}");
        text.Should().Contain("  Data      3 users x 60 jobs");
        text.Should().ContainAll(DefaultKeys.Full, DefaultKeys.Limited, DefaultKeys.Other, DefaultKeys.Global, mock.Store.Users[1].Id);
        text.Should().Contain($"curl -s {mock.BaseUrl}/users/jobs -H 'x-api-key: {DefaultKeys.Full}'");
        text.Should().NotContain("WARNING");
    }

    [Fact]
    public async Task Write_KeysFromConfig_ShownWholeSoTheCurlPastes()
    {
        // The user wrote these keys; the banner is theirs to read locally. Logs, the journal and recordings redact them.
        var secret = "bna_" + new string('9', 64);
        await using var mock = MockHttp.Start(configure: o => o.Keys =
        [
            new ApiKeyOptions { Key = secret, UserIndex = 0, Permissions = ["users:read"] },
        ]);
        using var output = new StringWriter();

        Banner.Write(output, mock);

        output.ToString().Should().Contain($"curl -s {mock.BaseUrl}/users/jobs -H 'x-api-key: {secret}'");
    }

    [Fact]
    public async Task Write_RealClock_SaysSo()
    {
        await using var mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0 });
        using var output = new StringWriter();

        Banner.Write(output, mock);

        output.ToString().Should().Contain("  Clock     real time (now ");
    }
}
