using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using CsCheck;
using FluentAssertions;

namespace BuenaMock.ContractTests.Properties;

/// <summary>
/// Generated filter combinations — status and type drawn from the values present, an unknown one, or absent;
/// dates around the data's createdAt range, on a job's own createdAt, absent, or invalid. Documented: never a 5xx,
/// and a 200 holds only jobs that satisfy every filter. Inferred: 400 exactly when the dates are invalid, and
/// otherwise the unfiltered list filtered by the same rule (where nothing can have moved between the requests).
/// Seed: BUENA_CONTRACT_SEED; cases: BUENA_CONTRACT_ITERATIONS (default 60).
/// </summary>
public sealed class FilterPropertyTests(TargetFixture target) : ContractTest(target)
{
    private const string Unknown = "no-such-value-contract-test";
    private static readonly string[] _invalidDates = ["abc", "-1", "-86400", "1.5", "0.5"];

    [Fact]
    [Rule(RuleCatalog.FiltersHold)]
    public async Task GetUserJobs_GeneratedFilters_ReturnOnlyJobsSatisfyingThem()
    {
        var key = RequireKey(KeyRole.Main);
        var all = await GetMainJobsAsync();

        await SeededProperty.RunAsync(Filters(all), f => CheckHoldsAsync(key, f),
            Configuration.PropertySeed, Configuration.PropertyIterations, nameof(GetUserJobs_GeneratedFilters_ReturnOnlyJobsSatisfyingThem));
    }

    [Fact]
    [Rule(RuleCatalog.FiltersExact)]
    public async Task GetUserJobs_GeneratedFilters_EqualUnfilteredListFilteredBySameRule()
    {
        var key = RequireKey(KeyRole.Main);
        var all = await GetMainJobsAsync();

        await SeededProperty.RunAsync(Filters(all), f => CheckAsync("users/jobs", key, all, f),
            Configuration.PropertySeed, Configuration.PropertyIterations, nameof(GetUserJobs_GeneratedFilters_EqualUnfilteredListFilteredBySameRule));
    }

    [Fact]
    [Rule(RuleCatalog.UserJobStatus)]
    public async Task GetUserJobStatus_GeneratedFilters_EqualUnfilteredListFilteredBySameRule()
    {
        var key = RequireKey(KeyRole.Main);
        var user = await RequireUserIdAsync(KeyRole.Main);
        var all = await GetMainJobsAsync();
        var route = $"users/jobs/userJobStatus/{Uri.EscapeDataString(user)}";

        await SeededProperty.RunAsync(Filters(all), f => CheckAsync(route, key, all, f),
            Configuration.PropertySeed, Configuration.PropertyIterations / 2, nameof(GetUserJobStatus_GeneratedFilters_EqualUnfilteredListFilteredBySameRule));
    }

    /// <summary>No 5xx; a 200 is schema-valid and holds only jobs that satisfy every valid filter given.</summary>
    private async Task CheckHoldsAsync(string key, JobFilter filter)
    {
        var response = await Client.GetAsync("users/jobs", key, filter.Query);
        response.StatusCode.Should().BeLessThan(500, "no filter combination makes the server fail ({0}){1}", filter, response.Describe());
        if (response.StatusCode == 200)
        {
            response.ShouldConform(200, Schemas, SchemaNames.JobsResponse);
            JobsPayload.From(response).ShouldAllMatch(filter.WithoutInvalidDates());
        }
    }

    private async Task CheckAsync(string route, string key, JobsPayload all, JobFilter filter)
    {
        var response = await Client.GetAsync(route, key, filter.Query);
        response.StatusCode.Should().BeLessThan(500, "no filter combination makes the server fail ({0}){1}", filter, response.Describe());
        if (filter.IsValid)
        {
            response.ShouldConform(200, Schemas, SchemaNames.JobsResponse);
            JobsPayload.From(response).ShouldEqualFiltered(all, filter).ShouldHaveStatisticsOfItsJobs();
        }
        else
        {
            response.ShouldBeValidationError(Schemas, filter.InvalidParameters);
        }
    }

    /// <summary>Filters drawn from the data of <paramref name="all"/>.</summary>
    private static Gen<JobFilter> Filters(JobsPayload all)
    {
        var statuses = all.Jobs.Select(j => j.Status).OfType<string>().Distinct().ToArray();
        var types = all.Jobs.Select(j => j.Type).OfType<string>().Distinct().ToArray();
        var seconds = all.Jobs.Select(j => j.CreatedAtSeconds).OfType<long>().Distinct().ToArray();

        var status = Value(statuses);
        var type = Value(types);
        var date = Date(seconds);
        return Gen.Select(status, type, date, date).Select(t => new JobFilter(t.Item1, t.Item2, t.Item3, t.Item4));
    }

    /// <summary>A present value (often), the unknown value, or absent.</summary>
    private static Gen<string?> Value(string[] present)
    {
        var choices = new List<(int, IGen<string?>)> { (3, Gen.Const<string?>(() => null)), (1, Gen.Const<string?>(() => Unknown)) };
        if (present.Length > 0)
        {
            choices.Add((4, Gen.OneOf<string?>(present)));
        }

        return Gen.Frequency([.. choices]);
    }

    /// <summary>Absent; a job's own createdAt, or one second either side; any second around the data's range; or an invalid date.</summary>
    private static Gen<string?> Date(long[] seconds)
    {
        var choices = new List<(int, IGen<string?>)>
        {
            (4, Gen.Const<string?>(() => null)),
            (1, Gen.OneOf<string?>(_invalidDates)),
        };
        if (seconds.Length > 0)
        {
            var day = 86_400L;
            var low = Math.Max(0, seconds.Min() - day);
            var high = seconds.Max() + day;
            choices.Add((3, Gen.Select(Gen.OneOf(seconds), Gen.Long[-1, 1]).Select(t => (string?)JobFilter.Seconds(Math.Max(0, t.Item1 + t.Item2)))));
            choices.Add((3, Gen.Long[low, high].Select(s => (string?)JobFilter.Seconds(s))));
        }

        return Gen.Frequency([.. choices]);
    }
}
