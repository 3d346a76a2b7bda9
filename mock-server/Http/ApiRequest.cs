using System.Text;
using BuenaMock.Journal;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using WireMock;

namespace BuenaMock.Http;

/// <summary>The parts of a request the routes read, taken from WireMock's request message.</summary>
internal sealed class ApiRequest
{
    private readonly IRequestMessage _message;
    private Dictionary<string, StringValues>? _query;

    public ApiRequest(IRequestMessage message, string requestId)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
        RequestId = requestId;
        Method = message.Method.ToUpperInvariant();
        Path = message.Path;
    }

    public string RequestId { get; }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The raw query string as sent, without its <c>?</c> (empty when there is none).</summary>
    public string RawQuery => (Stubs.WireMockQuery.OriginalRawQuery ?? _message.RawQuery ?? "").TrimStart('?');

    /// <summary>The query string, percent-decoded; a parameter may repeat.</summary>
    public IReadOnlyDictionary<string, StringValues> Query =>
        _query ??= RawQuery.Length == 0 ? [] : QueryHelpers.ParseQuery(RawQuery);

    /// <summary>Every header as sent, as the journal keeps them (<see cref="JournalRequest.Headers"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> JournalHeaders() =>
        _message.Headers is { } headers ? JournalRequest.Headers(headers) : [];

    /// <summary>The first value of a header, matched case-insensitively; null when absent.</summary>
    public string? Header(string name)
    {
        var headers = _message.Headers;
        if (headers is null)
        {
            return null;
        }

        foreach (var (key, values) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return values.Count > 0 ? values[0] : "";
            }
        }

        return null;
    }

    /// <summary>The raw body bytes (empty when there is none).</summary>
    public byte[] Body =>
        _message.BodyAsBytes
        ?? (_message.Body is { } text ? Encoding.UTF8.GetBytes(text) : []);
}
