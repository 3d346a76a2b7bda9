using System.Globalization;
using BuenaMock.Auth;
using BuenaMock.Faults;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.Options;

/// <summary>Checks a whole <see cref="BuenaMockOptions"/> once, before the server starts, and lists every problem.</summary>
internal static class OptionsValidator
{
    public const int MaxUsers = 1_000;
    public const int MaxJobsPerUser = 1_000_000;

    public static IReadOnlyList<string> Validate(BuenaMockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var inv = CultureInfo.InvariantCulture;

        if (string.IsNullOrWhiteSpace(options.Host))
        {
            problems.Add("--host: must not be empty");
        }

        if (options.Port is < 0 or > 65535)
        {
            problems.Add(string.Create(inv, $"--port {options.Port}: not a port number (0 to 65535)"));
        }

        if (options.Users is < 1 or > MaxUsers)
        {
            problems.Add(string.Create(inv, $"--users {options.Users}: must be between 1 and {MaxUsers}"));
        }

        if (options.JobsPerUser is < 0 or > MaxJobsPerUser)
        {
            problems.Add(string.Create(inv, $"--jobs-per-user {options.JobsPerUser}: must be between 0 and {MaxJobsPerUser}"));
        }

        var seenUserIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.UserIds.Count; i++)
        {
            if (!IsUserId(options.UserIds[i]))
            {
                problems.Add($"userIds[{i}] \"{options.UserIds[i]}\": not a user id (24 lowercase hex characters)");
            }
            else if (!seenUserIds.Add(options.UserIds[i]))
            {
                problems.Add($"userIds[{i}] \"{options.UserIds[i]}\": listed twice");
            }
        }

        if (options.UserIds.Count > options.Users)
        {
            problems.Add(string.Create(inv, $"userIds: {options.UserIds.Count} ids given for {options.Users} users"));
        }

        ValidateSimulation(options, problems, inv);
        ValidateKeys(options, problems);
        return problems;
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

    private static void ValidateSimulation(BuenaMockOptions options, List<string> problems, CultureInfo inv)
    {
        if (options.Clock is { } clock && (clock < VirtualClock.Earliest || clock > VirtualClock.Latest))
        {
            problems.Add($"--clock {Timestamps.Write(clock)}: must be between {Timestamps.Write(VirtualClock.Earliest)} and {Timestamps.Write(VirtualClock.Latest)}");
        }

        if (options.TimeScale is { } scale && (scale < 0 || scale > MaxTimeScale))
        {
            problems.Add(string.Create(inv, $"--time-scale {scale}: must be between 0 (frozen) and {MaxTimeScale}"));
        }

        if (options.ArrivalsPerHour is < 0 or > MaxArrivalsPerHour)
        {
            problems.Add(string.Create(inv, $"--arrivals-per-hour {options.ArrivalsPerHour}: must be between 0 and {MaxArrivalsPerHour}"));
        }

        if (options.ErrorRate is < 0 or > 1)
        {
            problems.Add(string.Create(inv, $"--error-rate {options.ErrorRate}: must be between 0 and 1"));
        }

        foreach (var kind in options.ErrorKinds.Where(k => !FaultKinds.TryParse(k, out _)))
        {
            problems.Add($"--error-kinds {kind}: not one of {FaultKinds.List}");
        }

        if (options.ErrorKinds.Count == 0)
        {
            problems.Add("--error-kinds: name at least one of " + FaultKinds.List);
        }

        if (options.RecordDirectory is not null && options.Proxy is null)
        {
            problems.Add($"--record {options.RecordDirectory}: needs --proxy (recording writes what the upstream answers)");
        }

        if (options.ReplayDirectory is not null && options.Proxy is not null)
        {
            problems.Add($"--replay {options.ReplayDirectory}: cannot be combined with --proxy");
        }

        if (options.ReplayDirectory is { } replay && !Directory.Exists(replay))
        {
            problems.Add($"--replay {replay}: folder not found");
        }

        problems.AddRange(Stubs.StubOptions.Validate(options));

        if (options.AdminToken is { } token && (token.Length < 8 || token.Any(char.IsWhiteSpace)))
        {
            problems.Add("--admin-token: must be at least 8 characters without spaces");
        }

        if (options.StatePath is { } state && string.IsNullOrWhiteSpace(state))
        {
            problems.Add("--state: must name a file");
        }
        else if (options.StatePath is { } folder && Directory.Exists(folder))
        {
            // A folder would be skipped as "no state yet" at start, and fail only when the state is saved.
            problems.Add($"--state {folder}: is a folder, not a state file");
        }
    }

    private static void ValidateKeys(BuenaMockOptions options, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var where = $"keys[{i}]";
            if (string.IsNullOrWhiteSpace(key.Key) || key.Key.Any(char.IsWhiteSpace))
            {
                problems.Add($"{where}.key: must be non-empty without spaces");
            }
            else if (!seen.Add(key.Key))
            {
                problems.Add($"{where}.key {ApiKey.Redact(key.Key)}: listed twice");
            }

            switch (key.Kind)
            {
                case "user":
                    if (!string.IsNullOrWhiteSpace(key.Key) && !KeyFormat.IsUserKey(key.Key))
                    {
                        problems.Add($"{where}.key {ApiKey.Redact(key.Key)}: a user key is \"bna_\" and 64 lowercase hex characters");
                    }

                    if (key.User is not null && !IsUserId(key.User))
                    {
                        problems.Add($"{where}.user \"{key.User}\": not a user id (24 lowercase hex characters)");
                    }
                    else if (key.User is null && key.UserIndex is null)
                    {
                        problems.Add($"{where}: a user key needs \"user\" or \"userIndex\"");
                    }
                    else if (key.User is null && key.UserIndex is < 0)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}.userIndex {key.UserIndex}: must not be negative"));
                    }

                    break;
                case "global":
                    break;
                default:
                    problems.Add($"{where}.kind \"{key.Kind}\": must be \"user\" or \"global\"");
                    break;
            }

            foreach (var permission in key.Permissions)
            {
                if (!Permissions.IsKnown(permission))
                {
                    problems.Add($"{where}.permissions \"{permission}\": not a documented permission");
                }
            }
        }
    }

    private static bool IsUserId(string id) => id.Length == 24 && id.All(char.IsAsciiHexDigitLower);
}
