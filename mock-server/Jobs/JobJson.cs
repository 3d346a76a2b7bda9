using System.Text.Json;
using BuenaMock.Json;

namespace BuenaMock.Jobs;

/// <summary>
/// Writes the jobs routes' bodies straight to UTF-8 with <see cref="Utf8JsonWriter"/>, in the
/// documented field order, with no intermediate objects.
/// </summary>
internal static class JobJson
{
    /// <summary><c>{"userId", "success", "data": {"jobs", "statistics"}}</c> (GET /users/jobs, userJobStatus).</summary>
    public static byte[] UserJobs(string userId, IReadOnlyList<Job> jobs) => JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("userId", userId);
        w.WriteBoolean("success", true);
        w.WriteStartObject("data");
        WriteJobs(w, jobs, includeUserId: false);
        WriteStatistics(w, JobStatistics.Of(jobs));
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary><c>{"success", "data": {"jobs" (each with userId), "statistics"}}</c> (jobStatus).</summary>
    public static byte[] JobStatus(IReadOnlyList<Job> jobs) => JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("success", true);
        w.WriteStartObject("data");
        WriteJobs(w, jobs, includeUserId: true);
        WriteStatistics(w, JobStatistics.Of(jobs));
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary><c>{"success", "data": {"statistics"}}</c> (jobCounts).</summary>
    public static byte[] JobCounts(IReadOnlyList<Job> jobs) => JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("success", true);
        w.WriteStartObject("data");
        WriteStatistics(w, JobStatistics.Of(jobs));
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary><c>{"success", "data": {"job"}}</c> (editJobMessage).</summary>
    public static byte[] EditedJob(Job job) => JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("success", true);
        w.WriteStartObject("data");
        w.WritePropertyName("job");
        WriteJob(w, job, includeUserId: true);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static void WriteJob(Utf8JsonWriter w, Job job, bool includeUserId)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(job);
        w.WriteStartObject();
        w.WriteString("id", job.Id);
        if (includeUserId)
        {
            w.WriteString("userId", job.UserId);
        }

        w.WriteString("type", job.Type);
        w.WriteString("status", job.Status);
        w.WriteString("createdAt", Timestamps.Write(job.CreatedAt));
        if (job.CompletedAt is { } completedAt)
        {
            w.WriteString("completedAt", Timestamps.Write(completedAt));
        }
        else
        {
            w.WriteNull("completedAt");
        }

        w.WriteString("message", job.Message);
        w.WriteNumber("progress", job.Progress);
        WriteMetadata(w, job.Metadata);
        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, JobMetadata m)
    {
        w.WriteStartObject("metadata");
        if (m.ActionType is not null)
        {
            w.WriteString("actionType", m.ActionType);
        }

        if (m.ProfileUrl is not null)
        {
            w.WriteString("profileUrl", m.ProfileUrl);
        }

        if (m.Delay is { } delay)
        {
            w.WriteNumber("delay", delay);
        }

        if (m.BatchSize is { } batchSize)
        {
            w.WriteNumber("batchSize", batchSize);
        }

        if (m.Processed is { } processed)
        {
            w.WriteNumber("processed", processed);
        }

        w.WriteEndObject();
    }

    private static void WriteJobs(Utf8JsonWriter w, IReadOnlyList<Job> jobs, bool includeUserId)
    {
        w.WriteStartArray("jobs");
        foreach (var job in jobs)
        {
            WriteJob(w, job, includeUserId);
        }

        w.WriteEndArray();
    }

    internal static void WriteStatistics(Utf8JsonWriter w, JobStatistics s)
    {
        w.WriteStartObject("statistics");
        w.WriteNumber("total", s.Total);
        w.WriteNumber("pending", s.Pending);
        w.WriteNumber("running", s.Running);
        w.WriteNumber("completed", s.Completed);
        w.WriteNumber("failed", s.Failed);
        w.WriteNumber("successRate", s.SuccessRate);
        w.WriteEndObject();
    }
}
