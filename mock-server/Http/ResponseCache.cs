using System.Collections.Concurrent;
using BuenaMock.Jobs;

namespace BuenaMock.Http;

/// <summary>
/// Serialized bodies of the jobs reads, keyed by everything they depend on: the route, the user
/// (or all users), the filters, the store's version and the clock's second. A write or a tick of the
/// clock makes a new key, so an entry is never stale; the cache is emptied when it grows past
/// <see cref="Capacity"/>, which bounds its memory.
/// </summary>
public sealed class ResponseCache
{
    public const int Capacity = 4_096;

    private readonly ConcurrentDictionary<Key, byte[]> _entries = new();

    public byte[] GetOrAdd(string route, string? userId, JobQuery query, long version, DateTimeOffset now, Func<byte[]> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var key = new Key(route, userId, query, version, now.ToUnixTimeSeconds());
        if (_entries.TryGetValue(key, out var body))
        {
            return body;
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        body = build();
        _entries[key] = body;
        return body;
    }

    public int Count => _entries.Count;

    private readonly record struct Key(string Route, string? UserId, JobQuery Query, long Version, long Second);
}
