using System.Globalization;
using System.Text;
using BuenaMock.Http;

namespace BuenaMock.Tests.Support;

/// <summary>
/// One generated request: method, request target (path and query exactly as sent), headers and body.
/// <see cref="Raw"/> sends it by hand (<see cref="RawHttp"/>), otherwise through <see cref="HttpClient"/>
/// when it can carry it. Knows which of the server's caps it crosses, to predict the refusal.
/// </summary>
internal sealed record HostileRequest(
    string Method,
    string Path,
    string? Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    bool Chunked,
    bool Raw)
{
    private const int Slack = 512;

    public string Target => Query is null ? Path : Path + "?" + Query;

    public string? Prefer => Headers.LastOrDefault(h => h.Key.Equals("Prefer", StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The header section as the server counts it (<c>name: value\r\n</c>), with what the senders add (Host, length, Connection).</summary>
    public int HeaderBytes => Headers.Sum(h => h.Key.Length + Encoding.UTF8.GetByteCount(h.Value) + 4) + 100;

    /// <summary>The status a cap must produce (431, 400 query, 413), or null when none applies; uncertain sizes near a cap give null.</summary>
    public int? ExpectedRefusal(out bool uncertain)
    {
        var headerBytes = HeaderBytes;
        uncertain = Math.Abs(headerBytes - RequestLimits.MaxHeaderBytes) <= Slack;
        if (uncertain)
        {
            return null;
        }

        if (headerBytes > RequestLimits.MaxHeaderBytes || Headers.Count + 3 > RequestLimits.MaxHeaderCount)
        {
            return 431;
        }

        var queryBytes = Query?.Length ?? -1;
        if (queryBytes > RequestLimits.MaxQueryBytes)
        {
            return 400;
        }

        var bodyBytes = Body?.Length ?? 0;
        var bodyRead = !Chunked || !(Method.ToUpperInvariant() is "GET" or "HEAD" or "TRACE" or "CONNECT");
        return bodyBytes > RequestLimits.MaxBodyBytes && bodyRead ? 413 : null;
    }

    public byte[] ToBytes()
    {
        using var wire = new MemoryStream();
        void Write(string text) => wire.Write(Encoding.UTF8.GetBytes(text));
        Write($"{Method} {Target} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        foreach (var (name, value) in Headers)
        {
            Write($"{name}: {value}\r\n");
        }

        if (Body is not null)
        {
            Write(Chunked ? "Transfer-Encoding: chunked\r\n" : string.Create(CultureInfo.InvariantCulture, $"Content-Length: {Body.Length}\r\n"));
        }

        Write("Connection: close\r\n\r\n");
        if (Body is not null && Chunked)
        {
            // Uneven chunks, as a streaming client sends them.
            for (var offset = 0; offset < Body.Length;)
            {
                var size = Math.Min(Body.Length - offset, 1 + (offset * 7 % 8191));
                Write(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
                wire.Write(Body, offset, size);
                Write("\r\n");
                offset += size;
            }

            Write("0\r\n\r\n");
        }
        else if (Body is not null)
        {
            wire.Write(Body);
        }

        return wire.ToArray();
    }

    /// <summary>The same request as an <see cref="HttpRequestMessage"/>, or null when HttpClient would refuse or alter it.</summary>
    public HttpRequestMessage? ToHttpRequest(string root)
    {
        // HttpClient gives CONNECT a proxy's meaning; a body the server refuses early may break its send.
        if (Raw || Chunked || (Body?.Length ?? 0) > RequestLimits.MaxBodyBytes || Method.Equals("CONNECT", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        HttpRequestMessage? message = null;
        try
        {
            var uri = new Uri(root + Target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
            if (!string.Equals(uri.PathAndQuery, Target, StringComparison.Ordinal))
            {
                return null;
            }

            message = new HttpRequestMessage(new HttpMethod(Method), uri);
            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Body);
                message.Content.Headers.ContentType = null;
            }

            foreach (var (name, value) in Headers)
            {
                var added = name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)
                    ? message.Content?.Headers.TryAddWithoutValidation(name, value) ?? false
                    : message.Headers.TryAddWithoutValidation(name, value);
                if (!added || value.Any(c => c > 127 || char.IsControl(c)))
                {
                    message.Dispose();
                    return null;
                }
            }

            return message;
        }
        catch (Exception ex) when (ex is UriFormatException or FormatException or ArgumentException or InvalidOperationException)
        {
            message?.Dispose();
            return null;
        }
    }

    public override string ToString()
    {
        var query = Query is null ? "" : Query.Length > 120 ? $"?{Query[..120]}…({Query.Length} chars)" : "?" + Query;
        var path = Path.Length > 160 ? $"{Path[..160]}…({Path.Length} chars)" : Path;
        var headers = string.Join("; ", Headers.Take(8).Select(h => $"{h.Key}: {(h.Value.Length > 80 ? h.Value[..80] + $"…({h.Value.Length})" : h.Value)}"));
        var body = Body is null ? "no body" : $"{(Chunked ? "chunked " : "")}body {Body.Length} bytes: {Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 80))}";
        return $"{(Raw ? "raw " : "")}{Method} {path}{query} [{headers}{(Headers.Count > 8 ? $"; …{Headers.Count} headers" : "")}] {body}";
    }
}
