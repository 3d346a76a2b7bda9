namespace BuenaMock.Http;

/// <summary>Short names of the API routes, as <c>--latency-route</c> and the journal use them.</summary>
internal static class RouteNames
{
    public const string Jobs = "jobs";
    public const string UserJobStatus = "userJobStatus";
    public const string JobStatus = "jobStatus";
    public const string JobCounts = "jobCounts";
    public const string EditJobMessage = "editJobMessage";
    public const string Health = "health";

    public static IReadOnlyList<string> All { get; } = [Jobs, UserJobStatus, JobStatus, JobCounts, EditJobMessage, Health];
}
