using System.CommandLine;
using System.Globalization;
using BuenaMock.Http;
using static BuenaMock.Options.OptionParsers;

namespace BuenaMock.Options;

/// <summary>
/// Builds <see cref="BuenaMockOptions"/> from, in rising precedence: the defaults, a JSON config
/// file (<c>--config</c> or <c>BUENAMOCK_CONFIG</c>), <c>BUENAMOCK_*</c> environment variables and
/// the command line. Every problem found is reported, not only the first.
/// </summary>
public static class OptionsLoader
{
    private static readonly OptionSpec[] Specs =
    [
        new("host", "Interface to listen on (default 127.0.0.1; anything else is reachable from the network).",
            (o, v) => { o.Host = v; return null; }),
        new("port", "Port to listen on (default 5080; 0 picks a free port).",
            (o, v) => ParseInt(v, n => o.Port = n, "not a port number")),
        new("seed", "Seed of the generated data (default 42).",
            (o, v) => ParseInt(v, n => o.Seed = n, "not an integer")),
        new("clock", "Pins \"now\" to this ISO-8601 instant, e.g. 2026-01-15T12:00:00Z (default: the real clock).",
            (o, v) => ParseInstant(v, t => o.Clock = t)),
        new("users", "How many users to generate (default 3).",
            (o, v) => ParseInt(v, n => o.Users = n, "not a whole number")),
        new("jobs-per-user", "How many jobs each user gets (default 60).",
            (o, v) => ParseInt(v, n => o.JobsPerUser = n, "not a whole number")),
        new("time-scale", "Simulated seconds per real second (0 = frozen; default 0 with --clock, else 1).",
            (o, v) => ParseDouble(v, d => o.TimeScale = d)),
        new("arrivals-per-hour", "New jobs that arrive on their own per simulated hour (default 0).",
            (o, v) => ParseDouble(v, d => o.ArrivalsPerHour = d)),
        new("state", "JSON file to load the state from at start and save it to on shutdown (default: none).",
            (o, v) => { o.StatePath = v; return null; }),
        new("rate-limits", "off (default), documented (60/minute, 1,000/hour, 10,000/day per key), or per-minute,per-hour,per-day.",
            (o, v) => ParseRateLimits(v, o)),
        new("latency", "Added latency: fixed (200ms, 2s) or a seeded uniform range (50-300ms) (default: none).",
            (o, v) => ParseLatency(v, r => o.Latency = r)),
        new("latency-route", "Latency for one route, ROUTE=LATENCY (e.g. jobs=2s); repeatable. Routes: " + string.Join(", ", RouteNames.All) + ".",
            (o, v) => ParseRouteLatencies(v, o), OptionKind.List),
        new("error-rate", "Fraction of API requests answered with a fault (0 to 1, seeded; default 0).",
            (o, v) => ParseDouble(v, d => o.ErrorRate = d)),
        new("error-kinds", "Faults to choose from: 500, 503, empty, malformed, reset (default 500,503).",
            (o, v) => { o.ErrorKinds = SplitList(v); return null; }, OptionKind.List),
        new("proxy", "Forward every API request to this upstream base URL (e.g. https://api.buena.ai/api/v2).",
            (o, v) => ParseUrl(v, u => o.Proxy = u)),
        new("record", "With --proxy: write each exchange to this folder as a WireMock mapping file, the key never written.",
            (o, v) => { o.RecordDirectory = v; return null; }),
        new("replay", "Serve the mappings recorded in this folder with the generated API off (unmatched: 404).",
            (o, v) => { o.ReplayDirectory = v; return null; }),
        new("mappings", "Serve the WireMock.Net mapping files (*.json, bodies in __files/) in this folder as stubs over the generated API.",
            (o, v) => { o.MappingsDirectory = v; return null; }),
        new("watch-mappings", "Reload the mappings folder when a file in it changes.",
            (o, v) => ParseBool(v, b => o.WatchMappings = b), OptionKind.Flag),
        new("admin-token", "Require 'Authorization: Bearer TOKEN' on every /__buena and /__admin endpoint.",
            (o, v) => { o.AdminToken = v; return null; }),
        new("no-control", "Remove the /__buena control endpoints.",
            (o, v) => ParseBool(v, b => o.ControlEnabled = !b), OptionKind.Flag),
        new("wiremock-admin", "Serve WireMock's admin API for stubs at /__admin (mappings, reset, scenarios).",
            (o, v) => ParseBool(v, b => o.WireMockAdmin = b), OptionKind.Flag),
        new("cors", "on (default) or off: answer CORS preflights and let browser pages on any allowed origin read the answers.",
            (o, v) => ParseBool(v, b => o.Cors = b)),
        new("cors-origins", "Origins CORS allows, e.g. http://localhost:3000 (repeatable; default: any origin).",
            (o, v) => ParseOrigins(v, o), OptionKind.List),
        new("https", "Serve HTTPS, with a development certificate generated at start for localhost, 127.0.0.1 and ::1 (clients must trust it or skip the check, e.g. curl -k).",
            (o, v) => ParseBool(v, b => o.Https = b), OptionKind.Flag),
        new("https-cert", "Serve HTTPS with this PKCS#12 (.pfx) certificate instead of a generated one (implies --https).",
            (o, v) => { o.HttpsCertificatePath = v; return null; }),
        new("https-cert-password", "The password of --https-cert.",
            (o, v) => { o.HttpsCertificatePassword = v; return null; }),
    ];

    /// <summary>The version <c>--version</c> prints.</summary>
    public static string Version =>
        typeof(OptionsLoader).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The outcome of reading the options: either options, or the problems, or text to print (help, version).</summary>
    public sealed record Result(BuenaMockOptions? Options, IReadOnlyList<string> Problems, string? HelpText);

    public static Result Load(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        var (root, cliOptions, configOption) = BuildCommand();
        var parse = root.Parse(args.ToArray());
        if (args.Any(a => a is "--version"))
        {
            return new Result(null, [], Version + Environment.NewLine);
        }

        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            using var help = new StringWriter(CultureInfo.InvariantCulture);
            parse.InvocationConfiguration.Output = help;
            parse.Invoke();
            return new Result(null, [], FlagsWithoutValues(help.ToString()) + Environment.NewLine + HelpFooter.Text);
        }

        var problems = parse.Errors.Select(e => OptionProblem.General(e.Message)).ToList();
        var options = new BuenaMockOptions();

        // Where each option's value came from, so a problem the validator finds names it as the user wrote it.
        var origins = new Dictionary<string, OptionSource>(StringComparer.Ordinal);
        var (configPath, configSource) = parse.GetValue(configOption) is { } fromCommandLine
            ? (fromCommandLine, OptionSource.CommandLine)
            : (environment.GetValueOrDefault("BUENAMOCK_CONFIG"), OptionSource.Environment);
        if (!string.IsNullOrEmpty(configPath))
        {
            ConfigFile.Apply(configPath, configSource, options, Specs, problems, origins);
        }

        foreach (var spec in Specs)
        {
            if (environment.GetValueOrDefault(spec.EnvironmentVariable) is { } fromEnv)
            {
                Apply(spec, fromEnv, OptionSource.Environment, options, problems, origins);
            }

            if (CommandLineValue(parse, spec, cliOptions[spec.Name]) is { } fromCli)
            {
                Apply(spec, fromCli, OptionSource.CommandLine, options, problems, origins);
            }
        }

        // An entry of a list (keys[3]) that could not be read is reported once, not again by the validator.
        var unreadable = problems.Where(p => p.Field.Contains('[', StringComparison.Ordinal)).Select(p => p.Entry).ToHashSet(StringComparer.Ordinal);
        options.Origins = origins;
        problems.AddRange(OptionsValidator.Check(options).Where(p => !unreadable.Contains(p.Entry)));
        if (problems.Count > 0)
        {
            return new Result(null, [.. problems.Select(p => p.ToString())], null);
        }

        return new Result(options, [], null);
    }

    /// <summary>Whether <paramref name="field"/> (a config field, <c>jobsPerUser</c>) is an option, with a command-line name and an environment variable.</summary>
    internal static bool IsOption(string field) => OptionFields.Contains(field);

    private static readonly HashSet<string> OptionFields = [.. Specs.Select(s => s.ConfigField), "config"];

    internal static void Apply(OptionSpec spec, string value, OptionSource source, BuenaMockOptions options, List<OptionProblem> problems, Dictionary<string, OptionSource> origins)
    {
        if (spec.Apply(options, value.Trim()) is { } problem)
        {
            problems.Add(new OptionProblem(spec.ConfigField, value, problem, source));
        }
        else
        {
            origins[spec.ConfigField] = source;
        }
    }

    private static string? CommandLineValue(ParseResult parse, OptionSpec spec, Option option) => spec.Kind switch
    {
        OptionKind.List => parse.GetValue((Option<string[]>)option) is { Length: > 0 } values ? string.Join(",", values) : null,
        OptionKind.Flag => parse.GetResult(option) is { } result ? (result.Tokens.Count > 0 ? result.Tokens[0].Value : "true") : null,
        _ => parse.GetValue((Option<string>)option),
    };

    private static (RootCommand Root, Dictionary<string, Option> Options, Option<string> Config) BuildCommand()
    {
        var root = new RootCommand("BuenaMock: an offline mock of the Buena.ai jobs API.");
        var options = new Dictionary<string, Option>(StringComparer.Ordinal);
        foreach (var spec in Specs)
        {
            var description = spec.Description + $" Env: {spec.EnvironmentVariable}.";
            Option option = spec.Kind switch
            {
                OptionKind.List => new Option<string[]>("--" + spec.Name) { Description = description, Arity = ArgumentArity.OneOrMore },
                OptionKind.Flag => new Option<string>("--" + spec.Name) { Description = description, Arity = ArgumentArity.ZeroOrOne },
                _ => new Option<string>("--" + spec.Name) { Description = description },
            };
            options[spec.Name] = option;
            root.Options.Add(option);
        }

        var config = new Option<string>("--config") { Description = "JSON config file with any option above (camelCase), and keys and userIds. Env: BUENAMOCK_CONFIG." };
        root.Options.Add(config);
        return (root, options, config);
    }

    /// <summary>
    /// <c>--no-control &lt;no-control&gt;</c> → <c>--no-control</c> in the help: a flag is a string option
    /// that may go without a value (so <c>--https off</c> still parses), which System.CommandLine's help
    /// labels as if it needed one. The column stays aligned.
    /// </summary>
    private static string FlagsWithoutValues(string help)
    {
        foreach (var spec in Specs.Where(s => s.Kind == OptionKind.Flag))
        {
            var labelled = $"--{spec.Name} <{spec.Name}>";
            help = help.Replace(labelled, ("--" + spec.Name).PadRight(labelled.Length), StringComparison.Ordinal);
        }

        return help;
    }
}
