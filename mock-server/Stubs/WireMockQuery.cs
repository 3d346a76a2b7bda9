using Microsoft.AspNetCore.Http;

namespace BuenaMock.Stubs;

/// <summary>
/// WireMock parses each query into parameters (<c>&amp;</c>-separated) so stubs can match them, but
/// its parser throws on two shapes: a part made only of <c>=</c> (<c>?=</c>, <c>?a=1&amp;=</c>), and names
/// that differ only in case (<c>?status=a&amp;STATUS=b</c>). For such a query WireMock is handed one
/// without those parts, and the routes read the query as sent (<see cref="OriginalRawQuery"/>).
/// </summary>
internal static class WireMockQuery
{
    private static readonly AsyncLocal<string?> Original = new();

    /// <summary>The query as the client sent it (with its <c>?</c>) when WireMock was handed another; else null.</summary>
    public static string? OriginalRawQuery => Original.Value;

    /// <summary>Call from a middleware before WireMock's, inside an async method (the value stays with the request).</summary>
    public static void Prepare(HttpRequest request)
    {
        if (request.QueryString.Value is { Length: > 1 } query && Clean(query) is { } cleaned)
        {
            Original.Value = query;
            request.QueryString = cleaned.Length == 0 ? QueryString.Empty : new QueryString("?" + cleaned);
        }
    }

    /// <summary>Whether <see cref="Clean"/> may change <paramref name="query"/>: a query of several parts, or one made only of <c>=</c>.</summary>
    public static bool MayNeedCleaning(string? query) =>
        query is { Length: > 1 } && (query.Contains('&', StringComparison.Ordinal) || !query.AsSpan().TrimStart('?').ContainsAnyExcept('='));

    /// <summary>The query without the parts WireMock cannot parse (no <c>?</c>); null when it can parse it all.</summary>
    public static string? Clean(string query)
    {
        if (!MayNeedCleaning(query))
        {
            return null;
        }

        var kept = new List<string>();
        var names = new List<string>();
        var dropped = false;
        foreach (var (part, name, _) in QueryPart.Split(query))
        {
            if (name is null || names.Exists(n => !string.Equals(n, name, StringComparison.Ordinal) && string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                dropped = true;
                continue;
            }

            names.Add(name);
            kept.Add(part);
        }

        return dropped ? string.Join('&', kept) : null;
    }
}
