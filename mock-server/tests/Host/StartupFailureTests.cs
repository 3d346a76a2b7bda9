using System.Net.Sockets;
using BuenaMock.Options;

namespace BuenaMock.Tests.Host;

public class StartupFailureTests
{
    private static readonly BuenaMockOptions Options = new() { Host = "127.0.0.1", Port = 5080 };

    [Fact]
    public void Explain_AddressInUseSocketExceptionWrapped_NamesThePort()
    {
        var exception = new InvalidOperationException("Service start failed", new SocketException((int)SocketError.AddressAlreadyInUse));

        StartupFailure.Explain(exception, Options)
            .Should().Be("--port 5080: already in use on 127.0.0.1 (choose another, or 0 for any free port)");
    }

    [Fact]
    public void Explain_KestrelBindMessage_NamesThePort()
    {
        var exception = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.");

        StartupFailure.Explain(exception, Options)
            .Should().Be("--port 5080: already in use on 127.0.0.1 (choose another, or 0 for any free port)");
    }

    [Fact]
    public void Explain_AddressNotAvailable_NamesTheHost()
    {
        var options = new BuenaMockOptions { Host = "10.255.255.1" };

        StartupFailure.Explain(new SocketException((int)SocketError.AddressNotAvailable), options)
            .Should().Be("--host 10.255.255.1: not an address of this machine");
    }

    [Fact]
    public void Explain_OtherStartFailure_OneLineReason()
    {
        StartupFailure.Explain(new TimeoutException("Service start timed out after 00:00:10"), Options)
            .Should().Be("the server could not start: Service start timed out after 00:00:10");
    }

    [Fact]
    public void Explain_ProgrammingError_NotExplained()
    {
        StartupFailure.Explain(new FormatException("bad format string"), Options).Should().BeNull("a bug is not a user mistake");
    }
}
