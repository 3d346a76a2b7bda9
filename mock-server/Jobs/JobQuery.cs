namespace BuenaMock.Jobs;

/// <summary>
/// The filters of the jobs routes: <c>startDate</c>/<c>endDate</c> are unix seconds, inclusive, on
/// <c>createdAt</c>; <c>status</c> and <c>type</c> match exactly. All combine with AND.
/// </summary>
internal sealed record JobQuery(long? StartDate = null, long? EndDate = null, string? Status = null, string? Type = null)
{
    public static JobQuery All { get; } = new();

    public bool Matches(Job job)
    {
        if (Status is not null && !string.Equals(job.Status, Status, StringComparison.Ordinal))
        {
            return false;
        }

        if (Type is not null && !string.Equals(job.Type, Type, StringComparison.Ordinal))
        {
            return false;
        }

        var created = job.CreatedAt.ToUnixTimeSeconds();
        return (StartDate is not { } start || created >= start) && (EndDate is not { } end || created <= end);
    }

    /// <summary>The jobs that match, in the order given (the store's newest-first order).</summary>
    public IReadOnlyList<Job> Apply(IReadOnlyList<Job> jobs) =>
        this == All ? jobs : jobs.Where(Matches).ToArray();
}
