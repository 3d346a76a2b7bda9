namespace BuenaMock.Jobs;

/// <summary>The four documented job statuses.</summary>
internal static class JobStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Pending, Running, Completed, Failed];

    /// <summary>True while the job has not ended (so its <c>completedAt</c> is null).</summary>
    public static bool IsActive(string status) => status is Pending or Running;
}
