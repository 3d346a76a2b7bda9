using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.RateLimits;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.SelfTests;

/// <summary>
/// Offline: the comparisons between two requests hold when the target moved in between (a job finished, a job
/// arrived) and still fail on a body that breaks the rule; the rate-limit headers fail when malformed.
/// </summary>
public sealed class StableComparisonSelfTests
{
    private static readonly JobsPayload _all = JobsPayload.From(SampleBodies.Response(SampleBodies.Jobs));

    [Fact]
    public void ShouldEqualFiltered_RunningJobCompletedMeanwhile_Passes()
    {
        var moved = Payload(n =>
        {
            var jobs = n["data"]!["jobs"]!.AsArray();
            jobs[1]!["status"] = "completed";
            jobs.RemoveAt(3);
            jobs.RemoveAt(2);
            jobs.RemoveAt(0);
            jobs.Add(JsonNode.Parse(SampleBodies.Jobs)!["data"]!["jobs"]![3]!.DeepClone());
        });

        var act = () => moved.ShouldEqualFiltered(_all, new JobFilter(Status: "completed"));

        act.Should().NotThrow("job_c3 was running in the unfiltered list and may have completed since");
    }

    [Fact]
    public void ShouldEqualFiltered_NewJobArrivedMeanwhile_Passes()
    {
        var grown = Payload(n => n["data"]!["jobs"]!.AsArray().Insert(0, JsonNode.Parse("""
            { "id": "job_e5", "type": "linkedin_action", "status": "pending", "createdAt": "2024-01-20T13:00:00Z", "completedAt": null,
              "message": "Waiting", "progress": 0, "metadata": { "actionType": "sendConnectionRequest", "profileUrl": "https://linkedin.com/in/x", "delay": 1 } }
            """)));

        var act = () => grown.ShouldEqualFiltered(_all, JobFilter.None);

        act.Should().NotThrow("a job created after the unfiltered list was read may appear");
    }

    [Fact]
    public void ShouldEqualFiltered_FinishedJobLeftOut_Fails()
    {
        var lossy = Payload(n => n["data"]!["jobs"]!.AsArray().RemoveAt(3));

        var act = () => lossy.ShouldEqualFiltered(_all, JobFilter.None);

        act.Should().Throw<Exception>().WithMessage("*must return every job*job_a1*");
    }

    [Fact]
    public void ShouldEqualFiltered_OrderSwapped_Fails()
    {
        var swapped = Payload(n =>
        {
            var jobs = n["data"]!["jobs"]!.AsArray();
            var first = jobs[0]!.DeepClone();
            jobs.RemoveAt(0);
            jobs.Add(first);
        });

        var act = () => swapped.ShouldEqualFiltered(_all, JobFilter.None);

        act.Should().Throw<Exception>().WithMessage("*keeps the order*");
    }

    [Fact]
    public void ShouldListSameJobsAs_JobOfTheEarlierListMissing_Fails()
    {
        var lossy = Payload(n => n["data"]!["jobs"]!.AsArray().RemoveAt(1));

        var act = () => lossy.ShouldListSameJobsAs(_all, _all, "the same list");

        act.Should().Throw<Exception>().WithMessage("*every job listed before is listed*job_c3*");
    }

    [Fact]
    public void ShouldListSameJobsAs_JobArrivedBetweenTheReads_Passes()
    {
        var grown = Payload(n => n["data"]!["jobs"]!.AsArray().Insert(0, JsonNode.Parse("""{ "id": "job_e5", "status": "pending" }""")));

        var act = () => _all.ShouldListSameJobsAs(_all, grown, "the same list");

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData("X-RateLimit-Limit", "sixty", "*X-RateLimit-Limit is a positive whole number*")]
    [InlineData("X-RateLimit-Remaining", "61", "*X-RateLimit-Remaining is at most X-RateLimit-Limit*")]
    [InlineData("X-RateLimit-Reset", "2024-01-20T15:30:00Z", "*X-RateLimit-Reset is unix seconds*")]
    [InlineData("X-RateLimit-Window", "week", "*X-RateLimit-Window is minute, hour or day*")]
    public void RateLimitHeaders_Malformed_Fails(string header, string value, string message)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-RateLimit-Limit"] = "60",
            ["X-RateLimit-Remaining"] = "59",
            ["X-RateLimit-Reset"] = "1700000060",
            ["X-RateLimit-Window"] = "minute",
        };
        var good = new ContractResponse("GET", "http://127.0.0.1:1/api/v2/users/jobs", SampleBodies.Key, 200, "application/json; charset=utf-8", SampleBodies.Jobs, null, headers);
        headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase) { [header] = value };
        var bad = new ContractResponse("GET", "http://127.0.0.1:1/api/v2/users/jobs", SampleBodies.Key, 200, "application/json; charset=utf-8", SampleBodies.Jobs, null, headers);

        ((Action)(() => RateLimitHeaders.ShouldBeWellFormed(good, now))).Should().NotThrow();
        ((Action)(() => RateLimitHeaders.ShouldBeWellFormed(bad, now))).Should().Throw<Exception>().WithMessage(message);
    }

    private static JobsPayload Payload(Action<JsonNode> edit) => JobsPayload.From(SampleBodies.Response(SampleBodies.JobsWith(edit)));
}
