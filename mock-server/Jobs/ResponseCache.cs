using System.Collections.Concurrent;

namespace BuenaMock.Jobs;

/// <summary>
/// Serialized bodies of the jobs reads, keyed by everything they depend on: the route, the user
/// (or all users), the filters, the store's version and the clock's second. A write or a tick of the
/// clock makes a new key, so an entry is never stale. Versions and the clock only move forward, so
/// entries of an older (version, second) can never be asked for again: they are dropped as soon as a
/// newer one appears. The cache is also emptied when it grows past <see cref="Capacity"/> entries or
/// <see cref="MaxBytes"/> bytes, which bounds its memory.
/// </summary>
internal sealed class ResponseCache
{
    public const int Capacity = 4_096;

    /// <summary>
    /// 32 MB of bodies at most: distinct queries over every user's jobs (about 60 KB each with the defaults)
    /// would otherwise keep <see cref="Capacity"/> × 60 KB, some 250 MB.
    /// </summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly ConcurrentDictionary<Key, byte[]> _entries = new();
    private readonly Lock _generationLock = new();
    private (long Version, long Second) _generation;
    private long _bytes;

    public byte[] GetOrAdd(string route, string? userId, JobQuery query, long version, DateTimeOffset now, Func<byte[]> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var key = new Key(route, userId, query, version, now.ToUnixTimeSeconds());
        if (_entries.TryGetValue(key, out var body))
        {
            return body;
        }

        body = build();
        lock (_generationLock)
        {
            if ((version, key.Second).CompareTo(_generation) > 0)
            {
                _generation = (version, key.Second);
                _entries.Clear();
                Interlocked.Exchange(ref _bytes, 0);
            }
        }

        if (_entries.Count >= Capacity || Bytes + body.Length > MaxBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }

        if (_entries.TryAdd(key, body))
        {
            Interlocked.Add(ref _bytes, body.Length);
        }

        return body;
    }

    public int Count => _entries.Count;

    /// <summary>The bytes of the bodies kept (approximate while other threads add).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    private readonly record struct Key(string Route, string? UserId, JobQuery Query, long Version, long Second);
}
