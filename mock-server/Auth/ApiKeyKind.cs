using BuenaMock.Jobs;

namespace BuenaMock.Auth;

/// <summary>User-specific keys belong to one user; global (legacy) keys hold every permission.</summary>
public enum ApiKeyKind
{
    User,
    Global,
}
