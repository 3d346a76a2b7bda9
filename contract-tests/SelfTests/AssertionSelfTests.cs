using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.SelfTests;

/// <summary>
/// Offline self-tests of the suite: each assertion passes a body that keeps the contract and fails a body that
/// breaks it in one way, with a message that says which rule broke. No network.
/// </summary>
public sealed class AssertionSelfTests
{
    private static readonly Lazy<Task<SchemaCatalog>> _lenient = new(() => SchemaCatalog.LoadAsync(SchemaCatalog.DefaultDirectory, strict: false));
    private static readonly Lazy<Task<SchemaCatalog>> _strict = new(() => SchemaCatalog.LoadAsync(SchemaCatalog.DefaultDirectory, strict: true));

    [Fact]
    public async Task ShouldConform_ContractKeepingBody_Passes()
    {
        var response = SampleBodies.Response(SampleBodies.Jobs);

        var act = async () =>
        {
            response.ShouldConform(200, await _lenient.Value, SchemaNames.JobsResponse);
            response.ShouldConform(200, await _strict.Value, SchemaNames.JobsResponse);
            JobsPayload.From(response).ShouldHaveStatisticsOfItsJobs().ShouldKeepJobInvariants().ShouldHaveUniqueIds().ShouldBeNewestFirst();
        };

        await act.Should().NotThrowAsync();
    }

    [Theory]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/json")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public void ShouldBeJsonUtf8_WrongContentType_Fails(string? contentType)
    {
        var response = SampleBodies.Response(SampleBodies.Jobs, contentType: contentType);

        var act = () => response.ShouldBeJsonUtf8();

        act.Should().Throw<Exception>().WithMessage("*application/json; charset=utf-8*");
    }

    [Fact]
    public void ShouldBeJsonUtf8_OtherCase_Passes()
    {
        var response = SampleBodies.Response(SampleBodies.Jobs, contentType: "Application/JSON; Charset=\"UTF-8\"");

        var act = () => response.ShouldBeJsonUtf8();

        act.Should().NotThrow();
    }

    [Fact]
    public void ShouldHaveStatus_WrongStatus_FailsWithRequestRedactedKeyAndBody()
    {
        var response = SampleBodies.Response("""{"error": true, "code": "NOT_FOUND"}""", status: 404);

        var act = () => response.ShouldHaveStatus(200);

        var message = act.Should().Throw<Exception>().Which.Message;
        message.Should().Contain("GET http://127.0.0.1:1/api/v2/users/jobs").And.Contain("bna_1234…").And.Contain("404").And.Contain("NOT_FOUND");
        message.Should().NotContain(SampleBodies.Key);
    }

    [Fact]
    public async Task ShouldMatchSchema_MissingField_FailsNamingPathAndKind()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![1]!.AsObject().Remove("status"));

        var act = async () => SampleBodies.Response(body).ShouldMatchSchema(await _lenient.Value, SchemaNames.JobsResponse);

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("data.jobs[1].status").And.Contain("PropertyRequired").And.Contain("(absent)");
    }

    [Fact]
    public async Task ShouldMatchSchema_WrongType_FailsWithOffendingValue()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![3]!["progress"] = "100");

        var act = async () => SampleBodies.Response(body).ShouldMatchSchema(await _lenient.Value, SchemaNames.JobsResponse);

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("data.jobs[3].progress").And.Contain("\"100\"");
    }

    [Fact]
    public async Task ShouldMatchSchema_WrongStatusValue_Fails()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![0]!["status"] = "queued");

        var act = async () => SampleBodies.Response(body).ShouldMatchSchema(await _lenient.Value, SchemaNames.JobsResponse);

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("data.jobs[0].status").And.Contain("queued");
    }

    [Fact]
    public async Task ShouldMatchSchema_ExtraField_PassesLenientFailsStrict()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![0]!["progres"] = 0);

        var lenient = async () => SampleBodies.Response(body).ShouldMatchSchema(await _lenient.Value, SchemaNames.JobsResponse);
        var strict = async () => SampleBodies.Response(body).ShouldMatchSchema(await _strict.Value, SchemaNames.JobsResponse);

        await lenient.Should().NotThrowAsync();
        (await strict.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("progres").And.Contain("NoAdditionalPropertiesAllowed");
    }

    [Fact]
    public async Task ShouldMatchSchema_StrictMode_StillEnforcesTheSchemasRules()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![1]!["completedAt"] = "2024-01-20T11:30:00Z");

        var lenient = async () => SampleBodies.Response(body).ShouldMatchSchema(await _lenient.Value, SchemaNames.JobsResponse);
        var strict = async () => SampleBodies.Response(body).ShouldMatchSchema(await _strict.Value, SchemaNames.JobsResponse);

        (await lenient.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("data.jobs[1]");
        (await strict.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("data.jobs[1]");
    }

    [Fact]
    public async Task ShouldMatchSchema_StrictMode_ForbidsExtraMetadataAndEnvelopeFields()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![0]!["metadata"]!["delai"] = 5);
        const string error = """{"error": true, "code": "UNAUTHORIZED", "message": "Invalid API key", "version": "2.0", "timestamp": "2024-01-20T15:30:00Z", "hint": "x"}""";

        var metadata = async () => SampleBodies.Response(body).ShouldMatchSchema(await _strict.Value, SchemaNames.JobsResponse);
        var envelope = async () => SampleBodies.Response(error, 401).ShouldMatchSchema(await _strict.Value, SchemaNames.Error401);

        (await metadata.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("delai");
        (await envelope.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("hint");
    }

    [Theory]
    [InlineData("total", 5)]
    [InlineData("pending", 2)]
    [InlineData("running", 0)]
    [InlineData("completed", 2)]
    [InlineData("failed", 0)]
    [InlineData("successRate", 51.0)]
    [InlineData("successRate", 50.5)]
    public void ShouldHaveStatisticsOfItsJobs_OffByOne_Fails(string field, double value)
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["statistics"]![field] = value);

        var payload = JobsPayload.From(SampleBodies.Response(body));
        Action act = field == "successRate"
            ? () => payload.Statistics.ShouldHaveOwnSuccessRate(payload.Response.Describe())
            : () => payload.ShouldHaveStatisticsOfItsJobs();

        act.Should().Throw<Exception>().WithMessage(field == "successRate" ? "*successRate = completed*" : $"*statistics.{field} counts*");
    }

    [Fact]
    public void ShouldHaveStatisticsOfItsJobs_NothingFinishedRateNotZero_Fails()
    {
        var body = SampleBodies.JobsWith(n =>
        {
            var jobs = n["data"]!["jobs"]!.AsArray();
            jobs.RemoveAt(3);
            jobs.RemoveAt(2);
            n["data"]!["statistics"] = JsonNode.Parse("""{"total": 2, "pending": 1, "running": 1, "completed": 0, "failed": 0, "successRate": 100}""");
        });

        var payload = JobsPayload.From(SampleBodies.Response(body));
        var act = () => payload.Statistics.ShouldHaveOwnSuccessRate(payload.Response.Describe());

        act.Should().Throw<Exception>().WithMessage("*successRate*0 when none finished*");
    }

    [Fact]
    public void ShouldEqualFiltered_StatusFilterIgnored_Fails()
    {
        var all = JobsPayload.From(SampleBodies.Response(SampleBodies.Jobs));
        var ignored = JobsPayload.From(SampleBodies.Response(SampleBodies.Jobs, url: "http://127.0.0.1:1/api/v2/users/jobs?status=completed"));

        var act = () => ignored.ShouldEqualFiltered(all, new JobFilter(Status: "completed"));

        act.Should().Throw<Exception>().WithMessage("*status=completed returns must satisfy it*job_d4*job_c3*job_b2*");
    }

    [Fact]
    public void ShouldEqualFiltered_EndDateExclusive_Fails()
    {
        var all = JobsPayload.From(SampleBodies.Response(SampleBodies.Jobs));
        var endOfA1 = JobFilter.Seconds(DateTimeOffset.Parse("2024-01-20T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        var exclusive = JobsPayload.From(SampleBodies.Response(SampleBodies.JobsWith(n => n["data"]!["jobs"]!.AsArray().Clear())));

        var act = () => exclusive.ShouldEqualFiltered(all, new JobFilter(EndDate: endOfA1));

        act.Should().Throw<Exception>().WithMessage("*endDate=* must return every job of the unfiltered list*job_a1*");
    }

    [Fact]
    public void ShouldKeepJobInvariants_CompletedWithoutCompletedAt_Fails()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![3]!["completedAt"] = null);

        var act = () => JobsPayload.From(SampleBodies.Response(body)).ShouldKeepJobInvariants();

        act.Should().Throw<Exception>().WithMessage("*job_a1*completedAt*");
    }

    [Theory]
    [InlineData(0, "completedAt", "2024-01-20T12:05:00Z", "*completedAt is null while*")]
    [InlineData(3, "completedAt", "2024-01-20T09:00:00Z", "*never before createdAt*")]
    [InlineData(3, "progress", 99, "*completed job is at progress 100*")]
    [InlineData(0, "progress", 5, "*pending job is at progress 0*")]
    [InlineData(3, "createdAt", "20 Jan 2024", "*ISO 8601*")]
    public void ShouldKeepJobInvariants_BrokenJob_Fails(int index, string field, object value, string expected)
    {
        ArgumentNullException.ThrowIfNull(value);
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![index]![field] = value is string s ? JsonValue.Create(s) : JsonValue.Create(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));

        var act = () => JobsPayload.From(SampleBodies.Response(body)).ShouldKeepJobInvariants();

        act.Should().Throw<Exception>().WithMessage(expected);
    }

    [Theory]
    [InlineData("processed", 51, "*processed is at most batchSize*")]
    [InlineData("profileUrl", "not a url", "*profileUrl is an absolute URL*")]
    public void ShouldKeepJobInvariants_BrokenMetadata_Fails(string field, object value, string expected)
    {
        ArgumentNullException.ThrowIfNull(value);
        var index = field == "processed" ? 1 : 3;
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![index]!["metadata"]![field] = value is string s ? JsonValue.Create(s) : JsonValue.Create((int)value));

        var act = () => JobsPayload.From(SampleBodies.Response(body)).ShouldKeepJobInvariants();

        act.Should().Throw<Exception>().WithMessage(expected);
    }

    [Fact]
    public void ShouldBeNewestFirst_OldestFirst_Fails()
    {
        var body = SampleBodies.JobsWith(n =>
        {
            var jobs = n["data"]!["jobs"]!.AsArray();
            var reversed = jobs.Select(j => j!.DeepClone()).Reverse().ToList();
            jobs.Clear();
            reversed.ForEach(jobs.Add);
        });

        var act = () => JobsPayload.From(SampleBodies.Response(body)).ShouldBeNewestFirst();

        act.Should().Throw<Exception>().WithMessage("*newest createdAt first*");
    }

    [Fact]
    public void ShouldHaveUniqueIds_DuplicateId_Fails()
    {
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![1]!["id"] = "job_d4");

        var act = () => JobsPayload.From(SampleBodies.Response(body)).ShouldHaveUniqueIds();

        act.Should().Throw<Exception>().WithMessage("*unique*");
    }

    [Fact]
    public async Task ShouldBeValidationError_MessageNotNamingParameter_Fails()
    {
        const string body = """
            {"error": true, "code": "VALIDATION_ERROR", "message": "Invalid request", "version": "2.0",
             "timestamp": "2024-01-20T15:30:00Z", "details": {"fields": {"query": "invalid"}}}
            """;

        var act = async () => SampleBodies.Response(body, 400).ShouldBeValidationError(await _lenient.Value, ["startDate"]);

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("names the parameter (startDate)");
    }

    [Fact]
    public async Task ShouldBeError_WrongCode_Fails()
    {
        const string body = """{"error": true, "code": "FORBIDDEN", "message": "Invalid API key", "version": "2.0", "timestamp": "2024-01-20T15:30:00Z"}""";

        var act = async () => SampleBodies.Response(body, 401).ShouldBeUnauthorized(await _lenient.Value);

        await act.Should().ThrowAsync<Exception>();
    }

    [Fact]
    public async Task ShouldBeGlobalKeyError_EnvelopeInsteadOfBareBody_Fails()
    {
        const string body = """{"error": true, "code": "VALIDATION_ERROR", "message": "use the legacy route", "version": "2.0", "timestamp": "2024-01-20T15:30:00Z"}""";

        var act = async () => SampleBodies.Response(body, 400).ShouldBeGlobalKeyError(await _lenient.Value);

        await act.Should().ThrowAsync<Exception>();
    }
}
