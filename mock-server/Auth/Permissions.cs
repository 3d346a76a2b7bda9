namespace BuenaMock.Auth;

/// <summary>The permission names the API documents.</summary>
internal static class Permissions
{
    public const string Wildcard = "*";
    public const string UsersRead = "users:read";
    public const string JobsRead = "jobs:read";
    public const string JobsUpdate = "jobs:update";
    public const string LinkedInSchedule = "linkedin:schedule";

    public static IReadOnlyList<string> All { get; } =
    [
        UsersRead, "users:write", LinkedInSchedule, "linkedin:upload", "linkedin:read", "linkedin:voice",
        "leads:read", "leads:write", "leads:enrich", "voice:create", "voice:read", "voice:update",
        "voice:delete", "voice:preview", JobsRead, JobsUpdate,
    ];

    public static bool IsKnown(string permission) => permission == Wildcard || All.Contains(permission);
}
