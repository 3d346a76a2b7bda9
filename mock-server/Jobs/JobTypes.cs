namespace BuenaMock.Jobs;

/// <summary>The two documented job types.</summary>
internal static class JobTypes
{
    public const string LinkedInAction = "linkedin_action";
    public const string DataEnrichment = "data_enrichment";

    public static IReadOnlyList<string> All { get; } = [LinkedInAction, DataEnrichment];
}
