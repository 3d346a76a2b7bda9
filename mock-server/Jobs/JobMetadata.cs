namespace BuenaMock.Jobs;

/// <summary>
/// Type-specific job details. A <c>linkedin_action</c> job has <see cref="ActionType"/>,
/// <see cref="ProfileUrl"/> and <see cref="Delay"/>; a <c>data_enrichment</c> job has
/// <see cref="BatchSize"/> and <see cref="Processed"/>. Unset fields are not written.
/// </summary>
public sealed class JobMetadata
{
    public string? ActionType { get; init; }

    public string? ProfileUrl { get; init; }

    /// <summary>Delay before the action runs, in milliseconds.</summary>
    public int? Delay { get; init; }

    public int? BatchSize { get; init; }

    /// <summary>Leads processed so far; never more than <see cref="BatchSize"/>.</summary>
    public int? Processed { get; init; }
}
