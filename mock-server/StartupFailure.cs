using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BuenaMock.Options;

namespace BuenaMock;

/// <summary>Turns the exceptions a start can meet on a user's machine into one-line reasons.</summary>
internal static class StartupFailure
{
    /// <summary>
    /// Fails fast, with the same message as <see cref="Explain"/>, when the port is already taken
    /// (the web host would otherwise wait out its start timeout first).
    /// </summary>
    internal static void ThrowIfPortTaken(BuenaMockOptions options)
    {
        if (options.Port == 0 || !IPAddress.TryParse(options.Host.Trim('[', ']'), out var address))
        {
            return;
        }

        var probe = new TcpListener(address, options.Port);
        try
        {
            probe.Start();
        }
        catch (SocketException ex) when (Explain(ex, options) is { } reason)
        {
            throw new OptionsException([reason]);
        }
        finally
        {
            probe.Stop();
        }
    }

    public static string? Explain(Exception exception, BuenaMockOptions options)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return options.Problem("port", options.Port.ToString(CultureInfo.InvariantCulture), $"already in use on {options.Host} (choose another, or 0 for any free port)").ToString();
            }

            if (ex is SocketException { SocketErrorCode: SocketError.AddressNotAvailable }
                || ex.Message.Contains("Cannot assign requested address", StringComparison.OrdinalIgnoreCase))
            {
                return options.Problem("host", options.Host, "not an address of this machine").ToString();
            }
        }

        return exception is IOException or SocketException or InvalidOperationException or TimeoutException or ArgumentException
            ? $"the server could not start: {exception.Message}"
            : null;
    }
}
