namespace BuenaMock.Journal;

/// <summary>
/// The most recent requests the server answered, in a ring buffer of fixed capacity: memory stays
/// bounded however long the server runs. Thread-safe.
/// </summary>
internal sealed class RequestJournal
{
    public const int DefaultCapacity = 1_000;

    /// <summary>Longest path or query kept in an entry; the rest is cut and marked with an ellipsis.</summary>
    public const int MaxTextLength = 1_000;

    private readonly JournalEntry?[] _entries;
    private readonly Lock _lock = new();
    private long _written;

    public RequestJournal(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _entries = new JournalEntry?[capacity];
    }

    public int Capacity => _entries.Length;

    /// <summary>Requests recorded since start (or the last <see cref="Clear"/>), including those no longer kept.</summary>
    public long Total
    {
        get
        {
            lock (_lock)
            {
                return _written;
            }
        }
    }

    public void Add(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var kept = entry.Path.Length > MaxTextLength || entry.Query.Length > MaxTextLength
            ? entry with { Path = Cut(entry.Path), Query = Cut(entry.Query) }
            : entry;
        lock (_lock)
        {
            _entries[_written % _entries.Length] = kept;
            _written++;
        }
    }

    /// <summary>The <paramref name="limit"/> most recent entries (all kept when null), oldest first.</summary>
    public IReadOnlyList<JournalEntry> Recent(int? limit = null)
    {
        lock (_lock)
        {
            var kept = (int)Math.Min(_written, _entries.Length);
            var count = Math.Min(kept, Math.Max(0, limit ?? kept));
            var result = new JournalEntry[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = _entries[(_written - count + i) % _entries.Length]!;
            }

            return result;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_entries);
            _written = 0;
        }
    }

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";
}
