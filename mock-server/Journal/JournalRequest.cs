using System.Text;
using BuenaMock.Auth;

namespace BuenaMock.Journal;

/// <summary>
/// What the journal keeps of what the client sent: every header (the API key and
/// <c>Authorization</c> redacted, each value cut at <see cref="RequestJournal.MaxTextLength"/>) and
/// the body's first <see cref="MaxBodyBytes"/> as UTF-8 text, with a flag when it was cut.
/// </summary>
internal static class JournalRequest
{
    public const int MaxBodyBytes = 4 * 1024;

    /// <summary>
    /// Header names in lower case, in the order sent; a repeated header once per value. Written into one
    /// array sized for one value per header: this runs for every request the journal lists.
    /// </summary>
    public static KeyValuePair<string, string>[] Headers<TValues>(ICollection<KeyValuePair<string, TValues>> headers)
        where TValues : IReadOnlyList<string?>
    {
        ArgumentNullException.ThrowIfNull(headers);
        var kept = new KeyValuePair<string, string>[headers.Count];
        var count = 0;
        foreach (var (name, values) in headers)
        {
            var lower = name.ToLowerInvariant();
            for (var i = 0; i < values.Count; i++)
            {
                if (count == kept.Length)
                {
                    Array.Resize(ref kept, Math.Max(4, 2 * kept.Length));
                }

                kept[count++] = new(lower, Redact(lower, values[i] ?? ""));
            }
        }

        return count == kept.Length ? kept : kept[..count];
    }

    /// <summary>The body's first <see cref="MaxBodyBytes"/> as text (null when empty), and whether there was more.</summary>
    public static (string? Text, bool Truncated) Body(ReadOnlySpan<byte> body) =>
        body.IsEmpty ? (null, false)
        : body.Length <= MaxBodyBytes ? (Encoding.UTF8.GetString(body), false)
        : (Encoding.UTF8.GetString(body[..MaxBodyBytes]), true);

    private static string Redact(string name, string value) => name switch
    {
        ApiKey.Header => ApiKey.Redact(value),
        "authorization" => value.Contains(' ', StringComparison.Ordinal) ? value.Split(' ', 2)[0] + " …" : "…",
        _ => value.Length <= RequestJournal.MaxTextLength ? value : value[..RequestJournal.MaxTextLength] + "…",
    };
}
