using BuenaMock.Auth;
using BuenaMock.Jobs;

namespace BuenaMock.Options;

/// <summary>One key the server accepts. In the config file: an element of <c>keys</c>.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The key itself. User keys are <c>bna_</c> and 64 lowercase hex characters.</summary>
    public string Key { get; set; } = "";

    /// <summary><c>user</c> (default) or <c>global</c>.</summary>
    public string Kind { get; set; } = "user";

    /// <summary>The user of a user key, by id. Takes precedence over <see cref="UserIndex"/>.</summary>
    public string? User { get; set; }

    /// <summary>The user of a user key, by position in the generated users (0 = the first).</summary>
    public int? UserIndex { get; set; }

    /// <summary>Label shown by <c>/health</c>; defaults to a description of the key.</summary>
    public string? Name { get; set; }

    /// <summary>Permission names, e.g. <c>users:read</c>. Global keys always hold <c>*</c>.</summary>
    public IList<string> Permissions { get; set; } = [];

    /// <summary>False answers the key as unknown (401), like a deactivated key.</summary>
    public bool Active { get; set; } = true;

    /// <summary>After this instant (on the server's clock) the key is answered as unknown (401).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
