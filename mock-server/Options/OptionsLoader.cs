using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace BuenaMock.Options;

/// <summary>
/// Builds <see cref="BuenaMockOptions"/> from, in rising precedence: the defaults, a JSON config
/// file (<c>--config</c> or <c>BUENAMOCK_CONFIG</c>), <c>BUENAMOCK_*</c> environment variables and
/// the command line. Every problem found is reported, not only the first.
/// </summary>
public static partial class OptionsLoader
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
            return new Result(null, [], help.ToString());
        }

        var problems = parse.Errors.Select(e => e.Message).ToList();
        var options = new BuenaMockOptions();

        var configPath = parse.GetValue(configOption) ?? environment.GetValueOrDefault("BUENAMOCK_CONFIG");
        if (!string.IsNullOrEmpty(configPath))
        {
            ConfigFile.Apply(configPath, options, Specs, problems);
        }

        foreach (var spec in Specs)
        {
            if (environment.GetValueOrDefault(spec.EnvironmentVariable) is { } fromEnv)
            {
                Apply(spec, fromEnv, $"{spec.EnvironmentVariable}={fromEnv}", options, problems);
            }

            if (parse.GetValue(cliOptions[spec.Name]) is { } fromCli)
            {
                Apply(spec, fromCli, $"--{spec.Name} {fromCli}", options, problems);
            }
        }

        // A config key entry that could not be read is reported once, not again by the validator.
        var unreadableKeys = problems.Select(p => KeyEntry().Match(p)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(OptionsValidator.Validate(options).Where(p => KeyEntry().Match("config " + p) is not { Success: true } m || !unreadableKeys.Contains(m.Groups[1].Value)));

        return problems.Count == 0 ? new Result(options, [], null) : new Result(null, problems, null);
    }

    internal static void Apply(OptionSpec spec, string value, string source, BuenaMockOptions options, List<string> problems)
    {
        if (spec.Apply(options, value.Trim()) is { } problem)
        {
            problems.Add($"{source}: {problem}");
        }
    }

    private static (RootCommand Root, Dictionary<string, Option<string>> Options, Option<string> Config) BuildCommand()
    {
        var root = new RootCommand("BuenaMock: an offline mock of the Buena.ai jobs API.");
        var options = new Dictionary<string, Option<string>>(StringComparer.Ordinal);
        foreach (var spec in Specs)
        {
            var option = new Option<string>("--" + spec.Name) { Description = spec.Description + $" Env: {spec.EnvironmentVariable}." };
            options[spec.Name] = option;
            root.Options.Add(option);
        }

        var config = new Option<string>("--config") { Description = "JSON config file with any option above (camelCase), and keys and userIds. Env: BUENAMOCK_CONFIG." };
        root.Options.Add(config);
        return (root, options, config);
    }

    private static string? ParseInt(string value, Action<int> set, string problem)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return problem;
        }

        set(number);
        return null;
    }

    private static string? ParseInstant(string value, Action<DateTimeOffset> set)
    {
        if (!IsoInstant().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return "not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)";
        }

        set(instant);
        return null;
    }

    [GeneratedRegex(@"^config (keys\[\d+\])", RegexOptions.CultureInvariant)]
    private static partial Regex KeyEntry();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
