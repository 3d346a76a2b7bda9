using System.Text.RegularExpressions;
using FluentAssertions;
using FluentAssertions.Execution;

namespace BuenaMock.ContractTests.Rules;

/// <summary>The contract's rules on a jobs body, each failing with the request and response it came from.</summary>
public static partial class JobsAssertions
{
    /// <summary>One decimal, as the contract's successRate; a float within this of the unrounded rate passes.</summary>
    private const double RateTolerance = 0.05 + 1e-9;

    private static readonly string[] _unfinished = ["pending", "running"];

    /// <summary>total = number of jobs and the four counts by status, of this body's own jobs.</summary>
    public static JobsPayload ShouldHaveStatisticsOfItsJobs(this JobsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Statistics.ShouldDescribe(payload.Jobs, payload.Response.Describe());
        return payload;
    }

    /// <summary>Statistics (from any body) whose counts are exactly those of <paramref name="jobs"/>.</summary>
    public static void ShouldDescribe(this JobStatistics actual, IReadOnlyCollection<JobRecord> jobs, string context)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var expected = JobStatistics.Expected(jobs);
        using (new AssertionScope())
        {
            actual.Total.Should().Be(expected.Total, "statistics.total counts exactly the {0} jobs returned{1}", jobs.Count, context);
            actual.Pending.Should().Be(expected.Pending, "statistics.pending counts the returned pending jobs{0}", context);
            actual.Running.Should().Be(expected.Running, "statistics.running counts the returned running jobs{0}", context);
            actual.Completed.Should().Be(expected.Completed, "statistics.completed counts the returned completed jobs{0}", context);
            actual.Failed.Should().Be(expected.Failed, "statistics.failed counts the returned failed jobs{0}", context);
        }
    }

    /// <summary>successRate of the statistics' own completed and failed counts (see <see cref="ShouldBeSuccessRate"/>).</summary>
    public static void ShouldHaveOwnSuccessRate(this JobStatistics actual, string context)
    {
        ArgumentNullException.ThrowIfNull(actual);
        actual.SuccessRate.Should().NotBeNull("statistics.successRate is a number{0}", context);
        actual.Completed.Should().NotBeNull("statistics.completed is a whole number{0}", context);
        actual.Failed.Should().NotBeNull("statistics.failed is a whole number{0}", context);
        ShouldBeSuccessRate(actual.SuccessRate ?? double.NaN, actual.Completed ?? 0, actual.Failed ?? 0, context);
    }

    /// <summary>successRate of given counts: completed/(completed+failed)*100 rounded to one decimal, 0 when none finished.</summary>
    public static void ShouldBeSuccessRate(double actual, long completed, long failed, string context)
    {
        var unrounded = JobStatistics.UnroundedSuccessRate(completed, failed);
        actual.Should().BeApproximately(unrounded, RateTolerance,
            "successRate = completed / (completed + failed) * 100 rounded to one decimal = {0:0.###} for {1} completed and {2} failed (0 when none finished){3}",
            unrounded, completed, failed, context);
        (actual * 10).Should().BeApproximately(Math.Round(actual * 10), 1e-6, "successRate is rounded to one decimal{0}", context);
    }

    /// <summary>The job invariants of the contract, for every job of the body.</summary>
    public static JobsPayload ShouldKeepJobInvariants(this JobsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var context = payload.Response.Describe();
        using (new AssertionScope())
        {
            foreach (var job in payload.Jobs)
            {
                job.ShouldKeepInvariants(context);
            }
        }

        return payload;
    }

    /// <summary>completedAt null exactly while pending/running and never before createdAt; progress 100 when completed, 0 when pending; metadata per type.</summary>
    public static void ShouldKeepInvariants(this JobRecord job, string context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var which = $"job {job.Id ?? "(no id)"} ({job.Status}, {job.Type})";
        job.CreatedAtText.Should().MatchRegex(Rfc3339().ToString(), "{0}: createdAt is an ISO 8601 timestamp{1}", which, context);

        if (_unfinished.Contains(job.Status))
        {
            job.CompletedAtIsNull.Should().BeTrue("{0}: completedAt is null while a job is pending or running (got {1}){2}", which, job.CompletedAtText ?? "absent or not a string", context);
        }
        else if (job.IsFinished)
        {
            job.CompletedAtText.Should().MatchRegex(Rfc3339().ToString(), "{0}: a finished job has an ISO 8601 completedAt{1}", which, context);
            if (job.CompletedAt is { } completedAt && job.CreatedAt is { } createdAt)
            {
                completedAt.Should().BeOnOrAfter(createdAt, "{0}: completedAt is never before createdAt{1}", which, context);
            }
        }

        job.Progress.Should().NotBeNull("{0}: progress is a number{1}", which, context);
        job.Progress.Should().BeInRange(0, 100, "{0}: progress is a percentage{1}", which, context);
        if (job.Status == "completed")
        {
            job.Progress.Should().Be(100, "{0}: a completed job is at progress 100{1}", which, context);
        }
        else if (job.Status == "pending")
        {
            job.Progress.Should().Be(0, "{0}: a pending job is at progress 0{1}", which, context);
        }
        else if (job.Status == "failed")
        {
            job.Message.Should().NotBeNullOrWhiteSpace("{0}: a failed job carries the failure in message{1}", which, context);
        }

        if (job.Type == "linkedin_action")
        {
            ShouldHaveLinkedInMetadata(job, which, context);
        }
        else if (job.Type == "data_enrichment")
        {
            ShouldHaveEnrichmentMetadata(job, which, context);
        }
    }

    private static void ShouldHaveLinkedInMetadata(JobRecord job, string which, string context)
    {
        var metadata = job.Metadata;
        metadata.Should().NotBeNull("{0}: linkedin_action jobs carry metadata{1}", which, context);
        Infrastructure.JsonRead.Text(metadata?["actionType"]).Should().NotBeNullOrEmpty("{0}: linkedin_action metadata has actionType{1}", which, context);
        var profileUrl = Infrastructure.JsonRead.Text(metadata?["profileUrl"]);
        var isUrl = Uri.TryCreate(profileUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        isUrl.Should().BeTrue("{0}: linkedin_action metadata.profileUrl is an absolute URL (got {1}){2}", which, profileUrl ?? "nothing", context);
        Infrastructure.JsonRead.Number(metadata?["delay"]).Should().BeGreaterThanOrEqualTo(0, "{0}: linkedin_action metadata.delay is a number of milliseconds{1}", which, context);
    }

    private static void ShouldHaveEnrichmentMetadata(JobRecord job, string which, string context)
    {
        var metadata = job.Metadata;
        metadata.Should().NotBeNull("{0}: data_enrichment jobs carry metadata{1}", which, context);
        var batchSize = Infrastructure.JsonRead.Number(metadata?["batchSize"]);
        var processed = Infrastructure.JsonRead.Number(metadata?["processed"]);
        batchSize.Should().NotBeNull("{0}: data_enrichment metadata has a numeric batchSize{1}", which, context);
        processed.Should().NotBeNull("{0}: data_enrichment metadata has a numeric processed{1}", which, context);
        if (batchSize is { } size && processed is { } done)
        {
            done.Should().BeInRange(0, size, "{0}: data_enrichment metadata.processed is at most batchSize{1}", which, context);
        }
    }

    /// <summary>No two jobs share an id.</summary>
    public static JobsPayload ShouldHaveUniqueIds(this JobsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Ids.Should().OnlyHaveUniqueItems("job ids are unique{0}", payload.Response.Describe());
        return payload;
    }

    /// <summary>Jobs come newest createdAt first.</summary>
    public static JobsPayload ShouldBeNewestFirst(this JobsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        for (var i = 1; i < payload.Jobs.Count; i++)
        {
            var previous = payload.Jobs[i - 1];
            var current = payload.Jobs[i];
            if (previous.CreatedAt is { } before && current.CreatedAt is { } after)
            {
                after.Should().BeOnOrBefore(before, "jobs are ordered newest createdAt first, but job {0} (index {1}) comes after job {2}{3}",
                    current.Id, i, previous.Id, payload.Response.Describe());
            }
        }

        return payload;
    }

    /// <summary>Every job of the body satisfies the filter, by its own fields (holds however the target moves).</summary>
    public static JobsPayload ShouldAllMatch(this JobsPayload payload, JobFilter filter)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(filter);
        var wrong = payload.Jobs.Where(j => !filter.Matches(j)).Select(j => $"{j.Id} ({j.Status}, {j.Type}, {j.CreatedAtText})").ToList();
        wrong.Should().BeEmpty("every job {0} returns must satisfy it{1}", filter, payload.Response.Describe());
        return payload;
    }

    /// <summary>Every job of <paramref name="expected"/> is in the body: <paramref name="why"/> says why it must be.</summary>
    public static JobsPayload ShouldInclude(this JobsPayload payload, IEnumerable<JobRecord> expected, string why, JobsPayload reference)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(reference);
        var missing = expected.Select(j => j.Id).Except(payload.Ids).ToList();
        missing.Should().BeEmpty("{0}; missing from the answer: [{1}]{2}{3}", why, string.Join(", ", missing), reference.Response.Describe(), payload.Response.Describe());
        return payload;
    }

    /// <summary>
    /// The body lists exactly the jobs of the unfiltered list that the filter selects (AND, dates inclusive), in the
    /// same order — compared only where nothing can have moved between the two requests: a job the filter selects must
    /// be there unless its status could have changed (a status filter and a pending or running job); a job the rule
    /// does not select may be there only if it is new or its status could have changed; common jobs keep their order.
    /// </summary>
    public static JobsPayload ShouldEqualFiltered(this JobsPayload payload, JobsPayload unfiltered, JobFilter filter)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(unfiltered);
        ArgumentNullException.ThrowIfNull(filter);
        payload.ShouldAllMatch(filter);
        var before = unfiltered.Jobs.Where(j => j.Id is not null).DistinctBy(j => j.Id).ToDictionary(j => j.Id!, StringComparer.Ordinal);
        var expected = filter.Apply(unfiltered.Jobs);
        bool Settled(JobRecord job) => filter.Status is null || job.IsFinished;
        var missing = expected.Where(Settled).Select(j => j.Id).Except(payload.Ids).ToList();
        var unexpected = payload.Ids.Where(id => id is not null && before.TryGetValue(id, out var old) && Settled(old) && !filter.Matches(old)).ToList();
        var common = payload.Ids.Where(id => id is not null && before.ContainsKey(id)).ToList();
        var referenceOrder = unfiltered.Ids.Where(id => common.Contains(id)).ToList();
        using (new AssertionScope())
        {
            missing.Should().BeEmpty("{0} must return every job of the unfiltered list ({1} jobs) that matches (status/type exact, dates inclusive unix seconds on createdAt, AND){2}{3}",
                filter, unfiltered.Jobs.Count, unfiltered.Response.Describe(), payload.Response.Describe());
            unexpected.Should().BeEmpty("{0} must not return jobs of the unfiltered list that do not match{1}{2}", filter, unfiltered.Response.Describe(), payload.Response.Describe());
            common.Should().Equal(referenceOrder, "{0} keeps the order of the unfiltered list{1}{2}", filter, unfiltered.Response.Describe(), payload.Response.Describe());
        }

        return payload;
    }

    /// <summary>
    /// <paramref name="payload"/> lists the same jobs as a reference list read just before and just after it, allowing
    /// for jobs created between the reads: every job of <paramref name="before"/> is in it, every job of it is in
    /// <paramref name="after"/>, in the order of <paramref name="after"/>.
    /// </summary>
    public static JobsPayload ShouldListSameJobsAs(this JobsPayload payload, JobsPayload before, JobsPayload after, string what)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var context = before.Response.Describe() + payload.Response.Describe() + after.Response.Describe();
        using (new AssertionScope())
        {
            before.Ids.Except(payload.Ids).Should().BeEmpty("{0}: every job listed before is listed{1}", what, context);
            payload.Ids.Except(after.Ids).Should().BeEmpty("{0}: no job that is not listed after{1}", what, context);
            payload.Ids.Should().Equal(after.Ids.Where(payload.Ids.Contains), "{0}: in the same order{1}", what, context);
        }

        return payload;
    }

    /// <summary>RFC 3339 date-time, as JSON Schema's date-time format.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
