namespace BuenaMock.Jobs;

/// <summary>
/// One job as the API reports it. Instances are immutable once they are in the store:
/// an edit replaces the whole job, so a reader never sees half of a change.
/// </summary>
public sealed class Job
{
    /// <summary>Unique job identifier, <c>job_</c> followed by lowercase hex.</summary>
    public string Id { get; init; } = "";

    /// <summary>The user the job belongs to.</summary>
    public string UserId { get; init; } = "";

    /// <summary><see cref="JobTypes.LinkedInAction"/> or <see cref="JobTypes.DataEnrichment"/>.</summary>
    public string Type { get; init; } = "";

    /// <summary>One of <see cref="JobStatuses.All"/>.</summary>
    public string Status { get; init; } = "";

    /// <summary>When the job was created, whole seconds, UTC.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the job ended; null exactly while it is pending or running.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>What the job is doing, or why it failed.</summary>
    public string Message { get; init; } = "";

    /// <summary>Completion percentage, 0 to 100.</summary>
    public int Progress { get; init; }

    /// <summary>Type-specific details.</summary>
    public JobMetadata Metadata { get; init; } = new();
}
