using System.Globalization;
using BuenaMock.Auth;
using BuenaMock.Faults;
using BuenaMock.Json;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;

namespace BuenaMock.Options;

/// <summary>Checks a whole <see cref="BuenaMockOptions"/> once, before the server starts, and lists every problem.</summary>
internal static class OptionsValidator
{
    public const int MaxUsers = 1_000;
    public const int MaxJobsPerUser = 1_000_000;

    /// <summary>Every problem, one a line, each setting named as its command-line option (or its path in the config file).</summary>
    public static IReadOnlyList<string> Validate(BuenaMockOptions options) => [.. Check(options).Select(p => p.ToString())];

    /// <summary>Every problem, as values, each tagged with the source its setting came from (<see cref="BuenaMockOptions.Origins"/>).</summary>
    public static IReadOnlyList<OptionProblem> Check(BuenaMockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<OptionProblem>();
        var inv = CultureInfo.InvariantCulture;

        if (string.IsNullOrWhiteSpace(options.Host))
        {
            problems.Add(new("host", null, "must not be empty"));
        }

        if (options.Port is < 0 or > 65535)
        {
            problems.Add(new("port", options.Port.ToString(inv), "not a port number (0 to 65535)"));
        }

        if (options.Users is < 1 or > MaxUsers)
        {
            problems.Add(new("users", options.Users.ToString(inv), string.Create(inv, $"must be between 1 and {MaxUsers}")));
        }

        if (options.JobsPerUser is < 0 or > MaxJobsPerUser)
        {
            problems.Add(new("jobsPerUser", options.JobsPerUser.ToString(inv), string.Create(inv, $"must be between 0 and {MaxJobsPerUser}")));
        }

        var seenUserIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.UserIds.Count; i++)
        {
            if (!IsUserId(options.UserIds[i]))
            {
                problems.Add(new(string.Create(inv, $"userIds[{i}]"), options.UserIds[i], "not a user id (24 lowercase hex characters)"));
            }
            else if (!seenUserIds.Add(options.UserIds[i]))
            {
                problems.Add(new(string.Create(inv, $"userIds[{i}]"), options.UserIds[i], "listed twice"));
            }
        }

        if (options.UserIds.Count > options.Users)
        {
            problems.Add(new("userIds", null, string.Create(inv, $"{options.UserIds.Count} ids given for {options.Users} users")));
        }

        ValidateSimulation(options, problems, inv);
        ValidateKeys(options, problems);
        return [.. problems.Select(p => p.Source == OptionSource.Given ? p with { Source = options.OriginOf(p.Setting) } : p)];
    }

    /// <summary>Throws <see cref="OptionsException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(BuenaMockOptions options)
    {
        var problems = Validate(options);
        if (problems.Count > 0)
        {
            throw new OptionsException(problems);
        }
    }

    public const double MaxTimeScale = 1_000_000;
    public const double MaxArrivalsPerHour = 360_000;

    private static void ValidateSimulation(BuenaMockOptions options, List<OptionProblem> problems, CultureInfo inv)
    {
        if (options.Clock is { } clock && ClockInstant.Check(clock) is { } outOfRange)
        {
            problems.Add(new("clock", Timestamps.Write(clock), outOfRange));
        }

        if (options.TimeScale is { } scale && (scale < 0 || scale > MaxTimeScale))
        {
            problems.Add(new("timeScale", scale.ToString(inv), string.Create(inv, $"must be between 0 (frozen) and {MaxTimeScale}")));
        }

        if (options.ArrivalsPerHour is < 0 or > MaxArrivalsPerHour)
        {
            problems.Add(new("arrivalsPerHour", options.ArrivalsPerHour.ToString(inv), string.Create(inv, $"must be between 0 and {MaxArrivalsPerHour}")));
        }

        problems.AddRange(FaultConfigurationValidator.Validate(FaultConfigurationInput.From(options)).Problems.Select(AsOption));
        if (RateLimitPolicy.Check(options.RateLimits) is { } rateLimits)
        {
            problems.Add(new("rateLimits", options.RateLimits!.ToString(), rateLimits));
        }

        if (options.RecordDirectory is not null && options.Proxy is null)
        {
            problems.Add(new("record", options.RecordDirectory, "needs --proxy (recording writes what the upstream answers)"));
        }

        if (options.ReplayDirectory is not null && options.Proxy is not null)
        {
            problems.Add(new("replay", options.ReplayDirectory, "cannot be combined with --proxy"));
        }

        if (options.ReplayDirectory is { } replay && !Directory.Exists(replay))
        {
            problems.Add(new("replay", replay, "folder not found"));
        }

        problems.AddRange(Stubs.StubOptions.Validate(options));

        if (options.AdminToken is { } token && (token.Length < 8 || token.Any(char.IsWhiteSpace)))
        {
            problems.Add(new("adminToken", null, "must be at least 8 characters without spaces"));
        }

        if (options.StatePath is { } state && string.IsNullOrWhiteSpace(state))
        {
            problems.Add(new("state", null, "must name a file"));
        }
        else if (options.StatePath is { } folder && Directory.Exists(folder))
        {
            // A folder would be skipped as "no state yet" at start, and fail only when the state is saved.
            problems.Add(new("state", folder, "is a folder, not a state file"));
        }
    }

    private static void ValidateKeys(BuenaMockOptions options, List<OptionProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"keys[{i}]");
            if (string.IsNullOrWhiteSpace(key.Key) || key.Key.Any(char.IsWhiteSpace))
            {
                problems.Add(new($"{where}.key", null, "must be non-empty without spaces"));
            }
            else if (!seen.Add(key.Key))
            {
                problems.Add(new($"{where}.key", ApiKey.Redact(key.Key), "listed twice"));
            }

            switch (key.Kind)
            {
                case "user":
                    if (!string.IsNullOrWhiteSpace(key.Key) && !KeyFormat.IsUserKey(key.Key))
                    {
                        problems.Add(new($"{where}.key", ApiKey.Redact(key.Key), "a user key is \"bna_\" and 64 lowercase hex characters"));
                    }

                    if (key.User is not null && !IsUserId(key.User))
                    {
                        problems.Add(new($"{where}.user", key.User, "not a user id (24 lowercase hex characters)"));
                    }
                    else if (key.User is null && key.UserIndex is null)
                    {
                        problems.Add(new(where, null, "a user key needs \"user\" or \"userIndex\""));
                    }
                    else if (key.User is null && key.UserIndex is < 0)
                    {
                        problems.Add(new($"{where}.userIndex", key.UserIndex.Value.ToString(CultureInfo.InvariantCulture), "must not be negative"));
                    }

                    break;
                case "global":
                    break;
                default:
                    problems.Add(new($"{where}.kind", key.Kind, "must be \"user\" or \"global\""));
                    break;
            }

            foreach (var permission in key.Permissions)
            {
                if (!Permissions.IsKnown(permission))
                {
                    problems.Add(new($"{where}.permissions", permission, "not a documented permission"));
                }
            }
        }
    }

    /// <summary>
    /// A fault problem named as the options name it: <c>errorKinds[1]</c> is the list <c>errorKinds</c>
    /// (the value shows which), <c>routeLatency.jobs</c> the entry <c>jobs=…</c> of <c>latencyRoute</c>.
    /// </summary>
    private static OptionProblem AsOption(OptionProblem problem) => problem.Field switch
    {
        var f when f.StartsWith("errorKinds", StringComparison.Ordinal) => problem with { Field = "errorKinds" },
        var f when f.StartsWith("routeLatency.", StringComparison.Ordinal) => problem with { Field = "latencyRoute", Value = $"{f["routeLatency.".Length..]}={problem.Value}" },
        _ => problem,
    };

    private static bool IsUserId(string id) => id.Length == 24 && id.All(char.IsAsciiHexDigitLower);
}
