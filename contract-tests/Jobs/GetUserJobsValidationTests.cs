using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;

namespace BuenaMock.ContractTests.Jobs;

/// <summary>Bad dates are a 400 VALIDATION_ERROR naming the parameter, on /users/jobs and on userJobStatus.</summary>
[Rule(RuleCatalog.InvalidDate)]
public sealed class GetUserJobsValidationTests(TargetFixture target) : ContractTest(target)
{
    public static TheoryData<string?, string?> InvalidDates => new()
    {
        { "abc", null },
        { "-1", null },
        { "1.5", null },
        { null, "abc" },
        { null, "-1" },
        { null, "1.5" },
        { "1703980800", "1640995200" },
    };

    [Theory]
    [MemberData(nameof(InvalidDates))]
    public async Task GetUserJobs_InvalidDates_Returns400NamingTheParameter(string? startDate, string? endDate)
    {
        var filter = new JobFilter(StartDate: startDate, EndDate: endDate);

        var response = await Client.GetAsync("users/jobs", RequireKey(KeyRole.Main), filter.Query);

        response.ShouldBeValidationError(Schemas, filter.InvalidParameters);
    }

    [Theory]
    [MemberData(nameof(InvalidDates))]
    public async Task GetUserJobStatus_InvalidDates_Returns400NamingTheParameter(string? startDate, string? endDate)
    {
        var user = await RequireUserIdAsync(KeyRole.Main);
        var filter = new JobFilter(StartDate: startDate, EndDate: endDate);

        var response = await Client.GetAsync($"users/jobs/userJobStatus/{Uri.EscapeDataString(user)}", RequireKey(KeyRole.Main), filter.Query);

        response.ShouldBeValidationError(Schemas, filter.InvalidParameters);
    }
}
