using System.Globalization;
using System.Text.Json;
using BuenaMock.Jobs;
using BuenaMock.Json;
using BuenaMock.Options;

namespace BuenaMock.Simulation;

/// <summary>
/// Loads and saves the server's state (<c>--state file.json</c>): jobs with their edits, the users
/// and the clock. A file that cannot be read or does not hold a valid state is refused with a
/// message naming every problem; it is never silently replaced. Saving writes a temporary file
/// beside it and moves it into place, so a crash never leaves half a file.
/// </summary>
internal static class StateFile
{
    public static StateDocument Capture(JobStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StateDocument
        {
            Clock = now,
            Users = [.. store.Users],
            Jobs = store.Records.Select(r => new StateJob { Timeline = r.Timeline, EditedMessage = r.EditedMessage, EditedInStatus = r.EditedInStatus }).ToList(),
        };
    }

    public static void Save(string path, StateDocument state)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(state, StateJsonContext.Default.StateDocument));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The state in <paramref name="path"/>, or null when there is no such file yet; <paramref name="problem"/> names the option in a refusal.</summary>
    public static StateDocument? Load(string path, Func<string, string> problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problem);
        if (!File.Exists(path))
        {
            return null;
        }

        StateDocument? state;
        try
        {
            state = JsonSerializer.Deserialize(File.ReadAllBytes(path), StateJsonContext.Default.StateDocument);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OptionsException([problem($"not a readable state file ({Reason(ex)})")]);
        }

        var problems = state is null ? ["the file holds null"] : Check(state);
        return problems.Count == 0
            ? state
            : throw new OptionsException(problems.Select(problem).ToList());
    }

    private static List<string> Check(StateDocument state)
    {
        var problems = new List<string>();
        if (state.Format != StateDocument.CurrentFormat)
        {
            problems.Add($"format {state.Format} is not {StateDocument.CurrentFormat}");
        }

        if (state.Clock > VirtualClock.Latest)
        {
            problems.Add($"clock {Timestamps.Write(state.Clock)} is after the clock's last instant, {Timestamps.Write(VirtualClock.Latest)}");
        }

        // The generated deserializer leaves a field the file does not name null (init-only properties), whatever
        // its initializer says: every reference below is checked before it is read.
        if (state.Users is null || state.Jobs is null)
        {
            problems.Add("\"users\" and \"jobs\" must both be lists");
            return problems;
        }

        if (state.Users.Count == 0)
        {
            problems.Add("no users");
        }

        if (state.Users.Any(u => u is null || string.IsNullOrEmpty(u.Id) || u.Name is null))
        {
            problems.Add("every user needs an id and a name");
        }

        var users = state.Users.Where(u => u?.Id is not null).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in state.Jobs)
        {
            if (job?.Timeline is not { Metadata: not null, FailureMessage: not null } t)
            {
                problems.Add("a job without its timeline, metadata or failure message");
                continue;
            }

            var where = $"job {(string.IsNullOrEmpty(t.Id) ? "(no id)" : t.Id)}";
            if (string.IsNullOrEmpty(t.Id) || !ids.Add(t.Id))
            {
                problems.Add($"{where}: missing or repeated id");
            }

            if (!users.Contains(t.UserId))
            {
                problems.Add($"{where}: unknown user {t.UserId}");
            }

            if (!JobTypes.All.Contains(t.Type) || t.Metadata is null
                || (t.Type == JobTypes.LinkedInAction && (t.Metadata.ActionType is null || t.Metadata.Delay is null))
                || (t.Type == JobTypes.DataEnrichment && t.Metadata.BatchSize is null))
            {
                problems.Add($"{where}: type \"{t.Type}\" or its metadata is not valid");
            }

            if (t.StartAt < t.CreatedAt || t.EndAt < t.StartAt)
            {
                problems.Add($"{where}: created, start and end are out of order");
            }

            if (t.Outcome is not (JobStatuses.Completed or JobStatuses.Failed))
            {
                problems.Add($"{where}: outcome \"{t.Outcome}\" is not completed or failed");
            }

            if (job.EditedMessage is not null && !JobStatuses.All.Contains(job.EditedInStatus ?? ""))
            {
                problems.Add($"{where}: an edited message needs the status it was edited in");
            }
        }

        return problems;
    }

    /// <summary>What is wrong, in words: where the JSON breaks or which value has the wrong shape, never a .NET type name.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        JsonException { Path: { } where, LineNumber: { } line, BytePositionInLine: { } column } json when json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) =>
            string.Create(CultureInfo.InvariantCulture, $"the value at {where} (line {line + 1}, column {column + 1}) is not of the kind a state file holds there"),
        JsonException { LineNumber: { } line, BytePositionInLine: { } column } =>
            string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {line + 1}, column {column + 1}"),
        JsonException => "not valid JSON",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}
