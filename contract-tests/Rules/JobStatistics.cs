using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;

namespace BuenaMock.ContractTests.Rules;

/// <summary>The <c>statistics</c> object: counts by status and the success rate.</summary>
public sealed record JobStatistics(long? Total, long? Pending, long? Running, long? Completed, long? Failed, double? SuccessRate)
{
    public static JobStatistics From(JsonNode? node) => new(
        JsonRead.Whole(node?["total"]),
        JsonRead.Whole(node?["pending"]),
        JsonRead.Whole(node?["running"]),
        JsonRead.Whole(node?["completed"]),
        JsonRead.Whole(node?["failed"]),
        JsonRead.Number(node?["successRate"]));

    /// <summary>The statistics the contract requires for exactly these jobs, with the unrounded success rate.</summary>
    public static JobStatistics Expected(IReadOnlyCollection<JobRecord> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        long Count(string status) => jobs.LongCount(j => j.Status == status);
        var completed = Count("completed");
        var failed = Count("failed");
        return new JobStatistics(jobs.Count, Count("pending"), Count("running"), completed, failed, UnroundedSuccessRate(completed, failed));
    }

    /// <summary><c>completed / (completed + failed) * 100</c>, or 0 when nothing has finished.</summary>
    public static double UnroundedSuccessRate(long completed, long failed)
        => completed + failed == 0 ? 0 : completed * 100.0 / (completed + failed);
}
