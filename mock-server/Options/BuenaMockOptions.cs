namespace BuenaMock.Options;

/// <summary>
/// Everything a server is started with. Each property is also a command-line option, an
/// environment variable (<c>BUENAMOCK_</c> + upper snake case) and a config-file field (camel case).
/// </summary>
public sealed class BuenaMockOptions
{
    /// <summary>Interface to listen on. Only loopback unless set otherwise.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>Seed of the generated data: same seed and clock, same bytes.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Pins "now" to this instant; null follows the real clock.</summary>
    public DateTimeOffset? Clock { get; set; }

    /// <summary>How many users to generate (the first is the API page's user).</summary>
    public int Users { get; set; } = 3;

    /// <summary>How many jobs each user gets.</summary>
    public int JobsPerUser { get; set; } = 60;

    /// <summary>Ids for the generated users, in order; the rest are generated. Config file only.</summary>
    public IList<string> UserIds { get; set; } = [];

    /// <summary>The keys the server accepts. Config file only; replaces the defaults when given.</summary>
    public IList<ApiKeyOptions> Keys { get; set; } = DefaultKeys.Create();
}
