using System.Globalization;

namespace BuenaMock.ContractTests.Rules;

/// <summary>
/// The query of GET /users/jobs as sent (raw strings, so invalid dates can be sent too) and the contract's rule
/// for it: <c>status</c> and <c>type</c> exact, <c>startDate</c>/<c>endDate</c> unix seconds inclusive on
/// <c>createdAt</c>, all combined with AND; a non-integer or negative date, or <c>endDate &lt; startDate</c>, is invalid.
/// </summary>
public sealed record JobFilter(string? Status = null, string? Type = null, string? StartDate = null, string? EndDate = null)
{
    public static JobFilter None { get; } = new();

    public static string Seconds(long value) => value.ToString(CultureInfo.InvariantCulture);

    public IEnumerable<KeyValuePair<string, string?>> Query =>
    [
        new("status", Status),
        new("type", Type),
        new("startDate", StartDate),
        new("endDate", EndDate),
    ];

    /// <summary>
    /// The parameters a 400 may name (it must name at least one): each date that is not a non-negative integer,
    /// or both dates when <c>endDate &lt; startDate</c>; empty when the query is valid.
    /// </summary>
    public IReadOnlyList<string> InvalidParameters
    {
        get
        {
            var invalid = new List<string>();
            if (StartDate is not null && ParseDate(StartDate) is null)
            {
                invalid.Add("startDate");
            }

            if (EndDate is not null && ParseDate(EndDate) is null)
            {
                invalid.Add("endDate");
            }

            if (invalid.Count == 0 && ParseDate(StartDate) is { } start && ParseDate(EndDate) is { } end && end < start)
            {
                invalid.AddRange(["endDate", "startDate"]);
            }

            return invalid;
        }
    }

    public bool IsValid => InvalidParameters.Count == 0;

    /// <summary>
    /// This filter without the dates that are not unix seconds (a server may ignore them) and, when
    /// <c>endDate &lt; startDate</c>, as it stands: what every job of a 200 must satisfy.
    /// </summary>
    public JobFilter WithoutInvalidDates() => this with
    {
        StartDate = ParseDate(StartDate) is null ? null : StartDate,
        EndDate = ParseDate(EndDate) is null ? null : EndDate,
    };

    /// <summary>Whether the job belongs to the filtered list.</summary>
    public bool Matches(JobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return (Status is null || string.Equals(job.Status, Status, StringComparison.Ordinal))
            && (Type is null || string.Equals(job.Type, Type, StringComparison.Ordinal))
            && (ParseDate(StartDate) is not { } start || job.CreatedAtSeconds >= start)
            && (ParseDate(EndDate) is not { } end || job.CreatedAtSeconds <= end);
    }

    /// <summary>The unfiltered list filtered by this rule, order kept.</summary>
    public IReadOnlyList<JobRecord> Apply(IEnumerable<JobRecord> jobs) => [.. jobs.Where(Matches)];

    public override string ToString()
    {
        var parts = Query.Where(p => p.Value is not null).Select(p => $"{p.Key}={p.Value}").ToList();
        return parts.Count == 0 ? "(no filter)" : string.Join("&", parts);
    }

    /// <summary>A date parameter as unix seconds: digits only (no sign, no fraction); null when invalid or absent.</summary>
    private static long? ParseDate(string? value)
        => value is not null && value.Length > 0 && value.All(char.IsAsciiDigit)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
