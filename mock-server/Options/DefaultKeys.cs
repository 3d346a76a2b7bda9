using BuenaMock.Auth;

namespace BuenaMock.Options;

/// <summary>The development keys every server has unless the config file replaces them.</summary>
public static class DefaultKeys
{
    /// <summary>The documented user's key with users:read, jobs:read, jobs:update and linkedin:schedule.</summary>
    public static readonly string Full = "bna_" + new string('1', 64);

    /// <summary>The documented user's key with linkedin:schedule only (answers 403 on the jobs routes).</summary>
    public static readonly string Limited = "bna_" + new string('2', 64);

    /// <summary>The second user's key with users:read.</summary>
    public static readonly string Other = "bna_" + new string('3', 64);

    /// <summary>The documentation's example of a global (legacy) key.</summary>
    public const string Global = "abc12345-xyz789def456ghi123jkl";

    public static IList<ApiKeyOptions> Create() =>
    [
        new()
        {
            Key = Full, UserIndex = 0, Name = "Development key",
            Permissions = [Permissions.UsersRead, Permissions.JobsRead, Permissions.JobsUpdate, Permissions.LinkedInSchedule],
        },
        new() { Key = Limited, UserIndex = 0, Name = "Scheduling-only key", Permissions = [Permissions.LinkedInSchedule] },
        new() { Key = Other, UserIndex = 1, Name = "Second user's key", Permissions = [Permissions.UsersRead] },
        new() { Key = Global, Kind = "global", Name = "Global key", Permissions = [Permissions.Wildcard] },
    ];
}
