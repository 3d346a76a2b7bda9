namespace BuenaMock.Jobs;

/// <summary>
/// A job's whole life, decided when it is created: it waits until <see cref="StartAt"/> (a LinkedIn
/// action waits its <c>delay</c>), runs until <see cref="EndAt"/>, then ends <see cref="Outcome"/>.
/// <see cref="At"/> gives the job as the API reports it at any instant, so the virtual clock alone
/// moves jobs along: same seed and same clock moves, same outcomes.
/// </summary>
internal sealed class JobTimeline
{
    public string Id { get; init; } = "";

    public string UserId { get; init; } = "";

    public string Type { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset StartAt { get; init; }

    public DateTimeOffset EndAt { get; init; }

    /// <summary><see cref="JobStatuses.Completed"/> or <see cref="JobStatuses.Failed"/>.</summary>
    public string Outcome { get; init; } = JobStatuses.Completed;

    /// <summary>Where a failing job stops: its progress for a LinkedIn action, its processed count for enrichment.</summary>
    public int FailurePoint { get; init; }

    public string FailureMessage { get; init; } = "";

    /// <summary>Action type, profile URL and delay, or batch size; <c>processed</c> is derived.</summary>
    public JobMetadata Metadata { get; init; } = new();

    public string StatusAt(DateTimeOffset now) =>
        now < StartAt ? JobStatuses.Pending : now < EndAt ? JobStatuses.Running : Outcome;

    /// <summary>The job at <paramref name="now"/>; <paramref name="message"/> replaces the state's own message when given.</summary>
    public Job At(DateTimeOffset now, string? message = null)
    {
        var status = StatusAt(now);
        var linkedIn = Type == JobTypes.LinkedInAction;
        var fraction = status switch
        {
            JobStatuses.Pending => 0.0,
            JobStatuses.Running => (now - StartAt) / (EndAt - StartAt),
            _ => 1.0,
        };

        int progress;
        var metadata = Metadata;
        if (linkedIn || Metadata.BatchSize is not { } batchSize)
        {
            var final = Outcome == JobStatuses.Completed ? 100 : FailurePoint;
            progress = (int)Math.Floor(fraction * final);
        }
        else
        {
            var final = Outcome == JobStatuses.Completed ? batchSize : FailurePoint;
            var processed = Math.Min(batchSize, (int)Math.Floor(fraction * final));
            progress = processed * 100 / Math.Max(1, batchSize);
            metadata = new JobMetadata { BatchSize = batchSize, Processed = processed };
        }

        if (status == JobStatuses.Running)
        {
            progress = Math.Min(progress, 99);
        }

        return new Job
        {
            Id = Id,
            UserId = UserId,
            Type = Type,
            Status = status,
            CreatedAt = CreatedAt,
            CompletedAt = JobStatuses.IsActive(status) ? null : EndAt,
            Message = message ?? MessageFor(status),
            Progress = progress,
            Metadata = metadata,
        };
    }

    private string MessageFor(string status)
    {
        var linkedIn = Type == JobTypes.LinkedInAction;
        return status switch
        {
            JobStatuses.Failed => FailureMessage,
            JobStatuses.Pending when linkedIn => JobWords.LinkedInPending(Metadata.ActionType ?? "", Metadata.Delay ?? 0),
            JobStatuses.Pending => JobWords.EnrichmentPending(Metadata.BatchSize ?? 0),
            JobStatuses.Running when linkedIn => JobWords.LinkedInRunning(Metadata.ActionType ?? ""),
            JobStatuses.Running => JobWords.EnrichmentRunning(),
            _ when linkedIn => JobWords.LinkedInCompleted(Metadata.ActionType ?? ""),
            _ => JobWords.EnrichmentCompleted(Metadata.BatchSize ?? 0),
        };
    }
}
