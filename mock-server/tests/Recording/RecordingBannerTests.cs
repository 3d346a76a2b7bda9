using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Recording;

/// <summary>The start-up banner says when the API is forwarded or replayed rather than generated.</summary>
public class RecordingBannerTests
{
    [Fact]
    public async Task Write_ProxyWithRecord_NamesUpstreamWithoutUserInfoAndFolder()
    {
        using var folder = new RecordingFolder();
        await using var proxy = RecordingServers.Proxy("http://someone:secret@127.0.0.1:9/api/v2", folder.Path);
        using var output = new StringWriter();

        Banner.Write(output, proxy);

        output.ToString().Should().Contain($"  Proxy     http://127.0.0.1:9/api/v2, recording into {folder.Path}")
            .And.NotContain("secret");
    }

    [Fact]
    public async Task Write_Replay_NamesTheFolder()
    {
        using var folder = new RecordingFolder();
        await using var replay = RecordingServers.Replay(folder.Path);
        using var output = new StringWriter();

        Banner.Write(output, replay);

        output.ToString().Should().Contain($"  Replay    {folder.Path} (API requests are answered from the recordings only)");
    }
}
