namespace BuenaMock.Jobs;

/// <summary>
/// Counts of exactly the jobs in a response. <see cref="SuccessRate"/> is
/// completed / (completed + failed) × 100, rounded to one decimal, and 0 when nothing has finished.
/// </summary>
internal sealed record JobStatistics(int Total, int Pending, int Running, int Completed, int Failed)
{
    public double SuccessRate => Completed + Failed == 0
        ? 0
        : Math.Round(Completed * 100.0 / (Completed + Failed), 1, MidpointRounding.AwayFromZero);

    public static JobStatistics Of(IReadOnlyList<Job> jobs)
    {
        int pending = 0, running = 0, completed = 0, failed = 0;
        foreach (var job in jobs)
        {
            switch (job.Status)
            {
                case JobStatuses.Pending: pending++; break;
                case JobStatuses.Running: running++; break;
                case JobStatuses.Completed: completed++; break;
                case JobStatuses.Failed: failed++; break;
            }
        }

        return new JobStatistics(jobs.Count, pending, running, completed, failed);
    }
}
