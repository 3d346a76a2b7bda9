namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>The API keys the suite knows how to use, each configured by its own environment variable.</summary>
public enum KeyRole
{
    /// <summary><c>BUENA_API_KEY</c>: a user key with <c>users:read</c> (and <c>jobs:read</c>/<c>jobs:update</c> when present).</summary>
    Main,

    /// <summary><c>BUENA_LIMITED_API_KEY</c>: a key of the same user without <c>users:read</c>, <c>jobs:read</c> or <c>jobs:update</c>.</summary>
    Limited,

    /// <summary><c>BUENA_GLOBAL_API_KEY</c>: a global (legacy) key holding every permission.</summary>
    Global,

    /// <summary><c>BUENA_OTHER_API_KEY</c>: a user key of a second user, with <c>users:read</c>.</summary>
    Other,
}
