using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BuenaMock.Tests.Support;

/// <summary>An answer read off the wire: status, headers (names lower-cased, repeats joined), the de-chunked body.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());

    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// HTTP/1.1 written by hand on a <see cref="TcpClient"/>, for requests <see cref="HttpClient"/> refuses to
/// send (odd methods, unnormalised targets, invalid UTF-8, lying headers). The request is written while
/// the answer is read, so a server that answers before reading the body (a 413) is seen as it is; every
/// wait is bounded by the timeout, which is reported as a hang.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(int port, byte[] request, TimeSpan timeout, CancellationToken cancellation = default)
    {
        using var client = new TcpClient { NoDelay = true };
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        cts.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cts.Token);
            var stream = client.GetStream();
            var write = WriteIgnoringResetAsync(stream, request, cts.Token);
            var isHead = request.AsSpan().StartsWith("HEAD "u8);
            var response = await ReadResponseAsync(stream, isHead, cts.Token);
            await write;
            return response;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"No complete answer within {timeout.TotalSeconds:0.#} s (a hang) to: {Describe(request)}");
        }
    }

    /// <summary>The request's first line and size, for failure messages (never the whole of a huge request).</summary>
    public static string Describe(byte[] request)
    {
        var end = request.AsSpan().IndexOf("\r\n"u8);
        var line = Encoding.Latin1.GetString(request, 0, end < 0 ? Math.Min(request.Length, 200) : Math.Min(end, 300));
        return string.Create(CultureInfo.InvariantCulture, $"{line} ({request.Length} bytes)");
    }

    private static async Task WriteIgnoringResetAsync(NetworkStream stream, byte[] request, CancellationToken cancellation)
    {
        try
        {
            await stream.WriteAsync(request, cancellation);
        }
        catch (IOException)
        {
            // The server answered and closed before taking the whole request (a refused body): the answer tells.
        }
    }

    private static async Task<RawResponse> ReadResponseAsync(NetworkStream stream, bool isHead, CancellationToken cancellation)
    {
        var reader = new Reader(stream);
        int status;
        Dictionary<string, string> headers;
        do
        {
            // An interim answer (100 Continue to "Expect: 100-continue") comes before the real one.
            (status, headers) = await ReadHeadAsync(reader, cancellation);
        }
        while (status is >= 100 and < 200);

        byte[] body;
        if (isHead || status is 204 or 304)
        {
            body = [];
        }
        else if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            using var content = new MemoryStream();
            while (true)
            {
                var sizeLine = await reader.ReadLineAsync(cancellation) ?? throw new IOException("The connection closed inside a chunked body.");
                var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    while (await reader.ReadLineAsync(cancellation) is { Length: > 0 })
                    {
                        // trailers
                    }

                    break;
                }

                content.Write(await reader.ReadExactlyAsync(size, cancellation));
                await reader.ReadLineAsync(cancellation);
            }

            body = content.ToArray();
        }
        else if (headers.TryGetValue("content-length", out var length))
        {
            body = await reader.ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture), cancellation);
        }
        else
        {
            body = await reader.ReadToEndAsync(cancellation);
        }

        return new RawResponse(status, headers, body);
    }

    private static async Task<(int Status, Dictionary<string, string> Headers)> ReadHeadAsync(Reader reader, CancellationToken cancellation)
    {
        var statusLine = await reader.ReadLineAsync(cancellation) ?? throw new IOException("The connection closed before a status line.");
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"Not an HTTP status line: {statusLine}");
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadLineAsync(cancellation) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        return (status, headers);
    }

    /// <summary>A small buffered reader over the socket: lines (Latin-1) and exact byte counts.</summary>
    private sealed class Reader(NetworkStream stream)
    {
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;

        public async Task<string?> ReadLineAsync(CancellationToken cancellation)
        {
            var line = new List<byte>();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellation))
                {
                    return line.Count == 0 ? null : Encoding.Latin1.GetString([.. line]);
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    if (line.Count > 0 && line[^1] == '\r')
                    {
                        line.RemoveAt(line.Count - 1);
                    }

                    return Encoding.Latin1.GetString([.. line]);
                }

                line.Add(b);
            }
        }

        public async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellation)
        {
            var result = new byte[count];
            var filled = 0;
            while (filled < count)
            {
                if (_start == _end && !await FillAsync(cancellation))
                {
                    throw new IOException($"The connection closed after {filled} of {count} body bytes.");
                }

                var n = Math.Min(count - filled, _end - _start);
                Array.Copy(_buffer, _start, result, filled, n);
                _start += n;
                filled += n;
            }

            return result;
        }

        public async Task<byte[]> ReadToEndAsync(CancellationToken cancellation)
        {
            using var content = new MemoryStream();
            do
            {
                content.Write(_buffer, _start, _end - _start);
                _start = _end;
            }
            while (await FillAsync(cancellation));

            return content.ToArray();
        }

        private async Task<bool> FillAsync(CancellationToken cancellation)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, cancellation);
            return _end > 0;
        }
    }
}
