using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BuenaMock.Bench.RequestCost;

/// <summary>
/// Keep-alive HTTP/1.1 load from blocking sockets, one dedicated thread per connection, one request in
/// flight on each. Nothing is allocated per request (one buffer per connection), so what the process
/// allocates meanwhile is the server's; each thread's own CPU time is read from
/// <c>/proc/thread-self/schedstat</c> so it can be taken out of the process's.
/// </summary>
internal static class Load
{
    public readonly record struct Result(int Status, int Bytes, TimeSpan Elapsed, TimeSpan ClientCpu);

    public static Result Run(IPEndPoint endpoint, byte[] request, int connections, int requests)
    {
        var sockets = new Socket[connections];
        for (var i = 0; i < connections; i++)
        {
            sockets[i] = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            sockets[i].Connect(endpoint);
        }

        var status = 0;
        var bytes = 0;
        long clientCpuNs = 0;
        using var start = new Barrier(connections + 1);
        var threads = new Thread[connections];
        for (var i = 0; i < connections; i++)
        {
            var socket = sockets[i];
            var count = requests / connections + (i < requests % connections ? 1 : 0);
            threads[i] = new Thread(() =>
            {
                var buffer = new byte[1 << 20];
                start.SignalAndWait();
                var cpuBefore = ThreadCpuNs();
                for (var n = 0; n < count; n++)
                {
                    socket.Send(request);
                    var (code, length) = ReadResponse(socket, buffer);
                    status = code;
                    bytes = length;
                }

                Interlocked.Add(ref clientCpuNs, ThreadCpuNs() - cpuBefore);
            })
            { IsBackground = true, Name = "load-client" };
            threads[i].Start();
        }

        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        var elapsed = clock.Elapsed;
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }

        return new Result(status, bytes, elapsed, TimeSpan.FromTicks(clientCpuNs / 100));
    }

    /// <summary>Reads one response (headers, then a <c>Content-Length</c> or chunked body); returns its status and body length.</summary>
    private static (int Status, int BodyLength) ReadResponse(Socket socket, byte[] buffer)
    {
        var read = 0;
        var headerEnd = ReadUntil(socket, buffer, ref read, 0, "\r\n\r\n"u8);
        var head = buffer.AsSpan(0, headerEnd);
        if (!Utf8Parser.TryParse(head["HTTP/1.1 ".Length..], out int status, out _))
        {
            throw new IOException("not an HTTP/1.1 response");
        }

        var at = IndexOfIgnoreCase(head, "\r\ncontent-length:"u8);
        if (at >= 0)
        {
            if (!Utf8Parser.TryParse(head[(at + "\r\ncontent-length:".Length)..].TrimStart((byte)' '), out int length, out _))
            {
                throw new IOException("a Content-Length that is not a number");
            }

            Fill(socket, buffer, ref read, headerEnd + 4 + length);
            return (status, length);
        }

        if (IndexOfIgnoreCase(head, "\r\ntransfer-encoding: chunked"u8) < 0)
        {
            return (status, 0);
        }

        // Chunks: a hex size line, the data and CRLF, until a chunk of size 0 and the final CRLF.
        var position = headerEnd + 4;
        var body = 0;
        while (true)
        {
            var lineEnd = ReadUntil(socket, buffer, ref read, position, "\r\n"u8);
            if (!Utf8Parser.TryParse(buffer.AsSpan(position, lineEnd - position), out int size, out _, 'X'))
            {
                throw new IOException("a chunk size that is not a hex number");
            }

            position = lineEnd + 2 + size + 2;
            Fill(socket, buffer, ref read, position);
            body += size;
            if (size == 0)
            {
                return (status, body);
            }
        }
    }

    /// <summary>Receives until <paramref name="marker"/> appears at or after <paramref name="from"/>; returns where.</summary>
    private static int ReadUntil(Socket socket, byte[] buffer, ref int read, int from, ReadOnlySpan<byte> marker)
    {
        int at;
        while ((at = buffer.AsSpan(from, read - from).IndexOf(marker)) < 0)
        {
            Receive(socket, buffer, ref read);
        }

        return from + at;
    }

    private static void Fill(Socket socket, byte[] buffer, ref int read, int total)
    {
        if (total > buffer.Length)
        {
            throw new IOException($"a response of {total} bytes does not fit the buffer");
        }

        while (read < total)
        {
            Receive(socket, buffer, ref read);
        }
    }

    private static void Receive(Socket socket, byte[] buffer, ref int read)
    {
        var n = socket.Receive(buffer.AsSpan(read));
        if (n == 0)
        {
            throw new IOException("the server closed the connection");
        }

        read += n;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i + lowerNeedle.Length <= text.Length; i++)
        {
            var match = true;
            for (var j = 0; j < lowerNeedle.Length && match; j++)
            {
                match = (text[i + j] | 0x20) == (lowerNeedle[j] | 0x20);
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The calling thread's CPU time so far, in nanoseconds (the first field of schedstat).</summary>
    private static long ThreadCpuNs()
    {
        var text = File.ReadAllText("/proc/thread-self/schedstat");
        return long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
    }
}
