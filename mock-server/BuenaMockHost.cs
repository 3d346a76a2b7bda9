using System.Collections;
using System.CommandLine;
using System.Runtime.InteropServices;
using BuenaMock.Options;
using Microsoft.Extensions.Logging;

namespace BuenaMock;

/// <summary>
/// The mock as a program: reads the options (command line, <c>BUENAMOCK_*</c> environment, config file),
/// starts the server, prints the banner and serves until SIGINT or SIGTERM. Shared by
/// <c>BuenaMock.MockServer</c> and the <c>buenamock serve</c> command.
/// </summary>
public static class BuenaMockHost
{
    /// <summary>Runs the mock; returns 0 after a clean stop or after <c>--help</c>/<c>--version</c>, 2 for bad options.</summary>
    /// <param name="args">The mock's options, as typed after <paramref name="command"/>.</param>
    /// <param name="command">What the user typed to start it, shown in the usage line of <c>--help</c>, e.g. <c>buenamock serve</c>.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string command)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        var environment = Environment.GetEnvironmentVariables()
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);

        var loaded = OptionsLoader.Load(args, environment);
        if (loaded.HelpText is not null)
        {
            Console.Out.Write(WithCommand(loaded.HelpText, command));
            return 0;
        }

        if (loaded.Options is null)
        {
            Console.Error.WriteLine(new OptionsException(loaded.Problems).Message);
            Console.Error.WriteLine("Run with --help to see every option.");
            return 2;
        }

        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        BuenaMockServer server;
        try
        {
            server = BuenaMockServer.Start(loaded.Options, TimeProvider.System, loggerFactory);
        }
        catch (OptionsException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        catch (Exception ex) when (StartupFailure.Explain(ex, loaded.Options) is { } reason)
        {
            Console.Error.WriteLine(new OptionsException([reason]).Message);
            return 2;
        }

        await using (server)
        {
            Banner.Write(Console.Out, server);

            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.TrySetResult();
            }

            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
            await stop.Task;
            Console.Out.WriteLine("BuenaMock is stopping.");
        }

        return 0;
    }

    /// <summary>
    /// System.CommandLine names the executable file in the usage line (<c>BuenaMock.MockServer [options]</c>)
    /// and lets no command name hold a space, so the line is rewritten to the command the user typed.
    /// </summary>
    private static string WithCommand(string help, string command)
    {
        var usage = "Usage:" + Environment.NewLine + "  ";
        return help.Replace(usage + RootCommand.ExecutableName + " ", usage + command + " ", StringComparison.Ordinal);
    }
}
