using System.Globalization;
using System.Net;

namespace BuenaMock.Tests.Support;

/// <summary>The local addresses listening on a TCP port, read from <c>/proc/net/tcp</c> and <c>/proc/net/tcp6</c> (Linux).</summary>
internal static class ListeningSockets
{
    private const string Listen = "0A";

    public static IReadOnlyList<IPAddress> On(int port)
    {
        var addresses = new List<IPAddress>();
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] == Listen && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    addresses.Add(Parse(local[0]));
                }
            }
        }

        return addresses;
    }

    // The kernel prints each 32-bit word of the address in host (little-endian) order.
    private static IPAddress Parse(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < bytes.Length / 4; word++)
        {
            for (var b = 0; b < 4; b++)
            {
                bytes[(word * 4) + b] = byte.Parse(hex.AsSpan((word * 8) + ((3 - b) * 2), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
        }

        return new IPAddress(bytes);
    }
}
