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

    /// <summary>Header names in lower case, in the order sent; a repeated header once per value.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in headers)
        {
            var lower = name.ToLowerInvariant();
            foreach (var value in values)
            {
                kept.Add(new(lower, Redact(lower, value ?? "")));
            }
        }

        return kept;
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
