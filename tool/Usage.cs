namespace BuenaMock.Tool;

/// <summary>The tool's own help: its commands, each with its own <c>--help</c>.</summary>
internal static class Usage
{
    public const string Text = """
        buenamock: an offline mock of the Buena.ai jobs API, and its contract suite.

        Usage:
          buenamock serve [options]      Run the mock (buenamock serve --help lists every option).
          buenamock verify <base-url>    Check a server against the contract (buenamock verify --help).
          buenamock [options]            Same as serve.
          buenamock --version            Print the version.

        """;

    public static int Print(TextWriter output, int exitCode, string? problem = null)
    {
        if (problem is not null)
        {
            output.WriteLine(problem);
        }

        output.Write(Text);
        return exitCode;
    }
}
