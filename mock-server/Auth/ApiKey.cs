namespace BuenaMock.Auth;

/// <summary>A key the server accepts, with what it may do.</summary>
public sealed class ApiKey
{
    /// <summary>The header a key is sent in.</summary>
    public const string Header = "x-api-key";

    public required string Value { get; init; }

    public required ApiKeyKind Kind { get; init; }

    /// <summary>The key's user; null for a global key.</summary>
    public string? UserId { get; init; }

    /// <summary>A label shown by <c>/health</c>.</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<string> Permissions { get; init; }

    /// <summary>A deactivated key is answered as an unknown one (401).</summary>
    public bool Active { get; init; } = true;

    /// <summary>After this instant the key is answered as an unknown one (401).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public bool Has(string permission) =>
        Kind == ApiKeyKind.Global || Permissions.Contains(Auth.Permissions.Wildcard) || Permissions.Contains(permission);

    public bool IsUsableAt(DateTimeOffset now) => Active && (ExpiresAt is not { } expiry || now < expiry);

    /// <summary>
    /// The first 8 characters and an ellipsis: how a key appears in logs and journals. A short key
    /// shows at most half of itself, so no key is ever printed whole.
    /// </summary>
    internal static string Redact(string? key) =>
        string.IsNullOrEmpty(key) ? "(none)" : key[..Math.Min(8, key.Length / 2)] + "…";
}
