using System.Text.Json.Nodes;
using BuenaMock.Auth;
using BuenaMock.Http;

namespace BuenaMock.Recording;

/// <summary>
/// The part of a request a recording is matched on: method, path, query (order-insensitive), whether
/// it carried a key (never its value) and, for writes, the body (as JSON when it is JSON).
/// </summary>
internal sealed class RecordedRequest
{
    public RecordedRequest(string method, string path, IEnumerable<KeyValuePair<string, string>> query, bool hasKey, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(method);
        Method = method.ToUpperInvariant();
        Path = CanonicalPath(path);
        Query = [.. query.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)];
        HasKey = hasKey;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The mock's path as the client sent it, percent-encoded (<c>/api/v2/users/jobs/userJobStatus/a%2Fb</c>).</summary>
    public string Path { get; }

    /// <summary>Every query parameter, a repeated one once per value, sorted by name then value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public bool HasKey { get; }

    public JsonNode? Body { get; }

    /// <summary>GET, HEAD and DELETE are matched without their body; the writes with it.</summary>
    public bool IsWrite => Method is not ("GET" or "HEAD" or "DELETE");

    /// <param name="request">The request as the routes see it.</param>
    /// <param name="encodedPath">Its path still percent-encoded (<see cref="ApiRequest.Path"/> is decoded).</param>
    public static RecordedRequest From(ApiRequest request, string encodedPath)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")));
        return new RecordedRequest(request.Method, encodedPath, query, request.Header(ApiKey.Header) is not null, RecordedBody.FromBytes(request.Body));
    }

    public bool Matches(RecordedRequest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Method, other.Method, StringComparison.Ordinal)
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && HasKey == other.HasKey
            && Query.SequenceEqual(other.Query)
            && (!IsWrite || RecordedBody.AreEqual(Body, other.Body));
    }

    /// <summary>
    /// One spelling per path, so a recording written by hand (<c>/a b</c>) matches the request as sent
    /// (<c>/a%20b</c>): characters that need it are percent-encoded, existing escapes are kept.
    /// </summary>
    public static string CanonicalPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var escaped = path.Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);
        return Uri.TryCreate("http://localhost" + escaped, UriKind.Absolute, out var url) ? url.AbsolutePath : path;
    }

    /// <summary><c>GET /api/v2/users/jobs?status=failed</c>, for messages.</summary>
    public override string ToString() =>
        Query.Count == 0 ? $"{Method} {Path}" : $"{Method} {Path}?{string.Join("&", Query.Select(p => $"{p.Key}={p.Value}"))}";
}
