using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace BuenaMock.Tool;

/// <summary>
/// Reads <c>buenamock verify</c>'s command line into the contract suite's environment variables. A key not given
/// on the command line is taken from the suite's own variable (<c>BUENA_API_KEY</c>…), so secrets can stay out of
/// the shell history; writes are allowed only by <c>--allow-writes</c>.
/// </summary>
internal static class VerifyArguments
{
    public const string DefaultLevel = "documented";

    /// <summary>Either settings, or the problems, or help text to print.</summary>
    public sealed record Result(VerifySettings? Settings, IReadOnlyList<string> Problems, string? HelpText);

    public static Result Parse(IReadOnlyList<string> args, string currentDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        var target = new Argument<string>("base-url")
        {
            Description = "The API's base URL, e.g. http://127.0.0.1:5080/api/v2 or https://api.buena.ai/api/v2.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var keys = new (Option<string> Option, string Variable)[]
        {
            (new("--key") { Description = "A user key with users:read, jobs:read and jobs:update. Env: BUENA_API_KEY." }, "BUENA_API_KEY"),
            (new("--limited-key") { Description = "A key of the same user without users:read. Env: BUENA_LIMITED_API_KEY." }, "BUENA_LIMITED_API_KEY"),
            (new("--global-key") { Description = "A global (legacy) key. Env: BUENA_GLOBAL_API_KEY." }, "BUENA_GLOBAL_API_KEY"),
            (new("--other-key") { Description = "A key of another user. Env: BUENA_OTHER_API_KEY." }, "BUENA_OTHER_API_KEY"),
        };
        var allowWrites = new Option<bool>("--allow-writes") { Description = "Also send PUT editJobMessage (it changes a job's message on the target)." };
        var level = new Option<string>("--level") { Description = $"documented: only rules a public page states; inferred: those and this project's own (default {DefaultLevel}). Env: BUENA_CONTRACT_LEVEL." };
        level.AcceptOnlyFromAmong("documented", "inferred");
        var report = new Option<string>("--report") { Description = "Write a Markdown report of every rule to this file." };
        var junit = new Option<string>("--junit") { Description = "Write a JUnit XML report to this file." };

        var verify = new Command("verify", "Runs the contract suite against a server. Exit 0: it conforms at the level; 1: a rule failed; 2: a usage error.") { target };
        foreach (var (option, _) in keys)
        {
            verify.Options.Add(option);
        }

        verify.Options.Add(allowWrites);
        verify.Options.Add(level);
        verify.Options.Add(report);
        verify.Options.Add(junit);
        var root = new Command("buenamock") { Options = { new HelpOption() }, Subcommands = { verify } };

        var parse = root.Parse(["verify", .. args]);
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            using var help = new StringWriter(CultureInfo.InvariantCulture);
            parse.InvocationConfiguration.Output = help;
            parse.Invoke();
            return new Result(null, [], help.ToString());
        }

        // One line per problem: the library lists allowed values on lines of their own.
        var problems = parse.Errors.Select(e => string.Join(" ", e.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
        var url = parse.GetValue(target);
        Uri? baseUrl = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            problems.Add("No server to verify: give its base URL, e.g. buenamock verify http://127.0.0.1:5080/api/v2");
        }
        else if (!Uri.TryCreate(url.Trim().TrimEnd('/'), UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"'{url}' is not an absolute http or https URL (e.g. http://127.0.0.1:5080/api/v2)");
        }

        if (problems.Count > 0)
        {
            return new Result(null, problems, null);
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BUENA_BASE_URL"] = baseUrl!.ToString().TrimEnd('/'),
            ["BUENA_CONTRACT_ALLOW_WRITES"] = parse.GetValue(allowWrites) ? "1" : "0",
            ["BUENA_CONTRACT_LEVEL"] = parse.GetValue(level) ?? NonEmpty(environment("BUENA_CONTRACT_LEVEL")) ?? DefaultLevel,
        };
        foreach (var (option, variable) in keys)
        {
            if (NonEmpty(parse.GetValue(option)) is { } key)
            {
                variables[variable] = key;
            }
        }

        var reportPath = NonEmpty(parse.GetValue(report)) is { } r ? Path.GetFullPath(r, currentDirectory) : null;
        if (reportPath is not null)
        {
            variables["BUENA_CONTRACT_REPORT"] = reportPath;
        }

        var junitPath = NonEmpty(parse.GetValue(junit)) is { } j ? Path.GetFullPath(j, currentDirectory) : null;
        return new Result(new VerifySettings(baseUrl, variables, reportPath, junitPath), [], null);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
