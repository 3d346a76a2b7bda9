using System.Net;

namespace BuenaMock.Stubs;

/// <summary>
/// One <c>&amp;</c>-separated part of a query as WireMock reads it: the text as sent; the name, the
/// text before the first <c>=</c> once leading <c>=</c>s are skipped (null when the part is only
/// <c>=</c>s); the value after it, percent-decoded (<c>""</c> for <c>a=</c>, null for a bare <c>a</c>).
/// </summary>
internal readonly record struct QueryPart(string Text, string? Name, string? RawValue)
{
    public string? Value => RawValue is null ? null : WebUtility.UrlDecode(RawValue);

    /// <summary>The non-empty parts of <paramref name="query"/> (its <c>?</c> skipped), in order, repeats kept.</summary>
    public static IEnumerable<QueryPart> Split(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.RemoveEmptyEntries);
            yield return pieces switch
            {
                [] => new QueryPart(part, null, null),
                [var name] => new QueryPart(part, name, part.Contains('=', StringComparison.Ordinal) ? "" : null),
                [var name, var value, ..] => new QueryPart(part, name, value),
            };
        }
    }
}
