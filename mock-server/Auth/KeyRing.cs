using System.Collections.Concurrent;

namespace BuenaMock.Auth;

/// <summary>The keys the server accepts, and how often each has been used.</summary>
public sealed class KeyRing
{
    private readonly Dictionary<string, ApiKey> _keys;
    private readonly ConcurrentDictionary<string, long> _usage = new(StringComparer.Ordinal);

    internal KeyRing(IEnumerable<ApiKey> keys)
    {
        _keys = keys.ToDictionary(k => k.Value, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ApiKey> Keys => _keys.Values;

    /// <summary>The key with this exact value if it is known and usable now; null otherwise.</summary>
    public ApiKey? Authenticate(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(value) || !_keys.TryGetValue(value, out var key) || !key.IsUsableAt(now))
        {
            return null;
        }

        return key;
    }

    /// <summary>Counts one more request made with <paramref name="key"/>; returns the new count.</summary>
    internal long RecordUse(ApiKey key) => _usage.AddOrUpdate(key.Value, 1, (_, n) => n + 1);

    public long UsageOf(ApiKey key) => _usage.GetValueOrDefault(key.Value);

    internal void ResetUsage() => _usage.Clear();
}
