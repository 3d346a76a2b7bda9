using System.Text;
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

    /// <summary>The raw query string without its <c>?</c> (empty when there is none).</summary>
    public string RawQuery => (_message.RawQuery ?? "").TrimStart('?');

    /// <summary>The query string, percent-decoded; a parameter may repeat.</summary>
    public IReadOnlyDictionary<string, StringValues> Query =>
        _query ??= string.IsNullOrEmpty(_message.RawQuery) ? [] : QueryHelpers.ParseQuery(_message.RawQuery);

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
