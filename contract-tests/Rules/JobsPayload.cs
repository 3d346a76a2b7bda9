using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;
using FluentAssertions;

namespace BuenaMock.ContractTests.Rules;

/// <summary>
/// The parts of a jobs body the rules look at: <c>userId</c> (user routes), <c>data.jobs</c>, <c>data.statistics</c>,
/// and the response it came from (for failure messages).
/// </summary>
public sealed class JobsPayload
{
    private JobsPayload(ContractResponse response, string? userId, IReadOnlyList<JobRecord> jobs, JobStatistics statistics)
    {
        Response = response;
        UserId = userId;
        Jobs = jobs;
        Statistics = statistics;
    }

    public ContractResponse Response { get; }

    public string? UserId { get; }

    public IReadOnlyList<JobRecord> Jobs { get; }

    public JobStatistics Statistics { get; }

    public IReadOnlyList<string?> Ids => [.. Jobs.Select(j => j.Id)];

    /// <summary>Reads a body that the schema check has passed; fails (with context) when it has no <c>data</c> object.</summary>
    public static JobsPayload From(ContractResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var data = response.Json?["data"] as JsonObject;
        data.Should().NotBeNull("a successful jobs body has a data object{0}", response.Describe());
        var jobs = data!["jobs"] is JsonArray array ? array.Select(JobRecord.From).ToList() : [];
        return new JobsPayload(response, JsonRead.Text(response.Json?["userId"]), jobs, JobStatistics.From(data["statistics"]));
    }
}
