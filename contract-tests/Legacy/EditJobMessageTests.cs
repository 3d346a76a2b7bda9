using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Legacy;

/// <summary>
/// PUT /users/jobs/editJobMessage/:jobId (writes: in-process, or with BUENA_CONTRACT_ALLOW_WRITES=1). An edit is
/// visible to the next reads; a rejected edit changes nothing. Every test restores the original message.
/// </summary>
[Rule(RuleCatalog.EditJobMessage)]
public sealed class EditJobMessageTests(TargetFixture target) : ContractTest(target)
{
    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "not JSON", "this is not json" },
        { "empty object", "{}" },
        { "empty message", """{"message": ""}""" },
        { "number message", """{"message": 5}""" },
        { "null message", """{"message": null}""" },
        { "message of 1001 characters", Body(new string('x', 1001)) },
    };

    [Fact]
    public async Task EditJobMessage_ValidMessage_ReturnsUpdatedJobAndNextReadsSeeIt()
    {
        var (key, job) = await PickJobAsync();
        var edited = $"Contract suite edit {Guid.NewGuid():N}";

        await WithRestoreAsync(key, job, async () =>
        {
            var response = await Client.PutAsync(Route(job.Id!), key, Body(edited));

            response.ShouldConform(200, Schemas, SchemaNames.EditJobMessageResponse);
            var returned = JobRecord.From(response.Json?["data"]?["job"]);
            returned.Id.Should().Be(job.Id, "the answer carries the edited job{0}", response.Describe());
            returned.Message.Should().Be(edited, "the answer carries the new message{0}", response.Describe());

            var after = await GetJobsAsync(key);
            var reread = after.Jobs.SingleOrDefault(j => j.Id == job.Id);
            reread.Should().NotBeNull("the edited job is still listed{0}", after.Response.Describe());
            reread!.Message.Should().Be(edited, "an edit is visible to the next GET /users/jobs{0}{1}", response.Describe(), after.Response.Describe());
            (reread.Type, reread.Status, reread.CreatedAtText).Should().Be((job.Type, job.Status, job.CreatedAtText),
                "an edit changes the message only{0}", after.Response.Describe());

            var status = await Client.GetAsync("users/jobs/jobStatus", key);
            if (status.StatusCode != 403 || Configuration.IsInProcess || await HasPermissionAsync(KeyRole.Main, "jobs:read") == true)
            {
                status.ShouldConform(200, Schemas, SchemaNames.JobStatusResponse);
                JobsPayload.From(status).Jobs.SingleOrDefault(j => j.Id == job.Id)?.Message.Should().Be(edited,
                    "an edit is visible to the next GET /users/jobs/jobStatus{0}{1}", response.Describe(), status.Describe());
            }
        });
    }

    [Fact]
    public async Task EditJobMessage_MessageOf1000Characters_IsAccepted()
    {
        var (key, job) = await PickJobAsync();
        var edited = new string('m', 1000);

        await WithRestoreAsync(key, job, async () =>
        {
            var response = await Client.PutAsync(Route(job.Id!), key, Body(edited));

            response.ShouldConform(200, Schemas, SchemaNames.EditJobMessageResponse);
            await ShouldHaveMessageAsync(key, job.Id!, edited, "a message of 1,000 characters is allowed and kept", response);
        });
    }

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task EditJobMessage_MalformedBody_Returns400AndChangesNothing(string what, string body)
    {
        var (key, job) = await PickJobAsync();

        await WithRestoreAsync(key, job, async () =>
        {
            var response = await Client.PutAsync(Route(job.Id!), key, body);

            response.ShouldBeError(400, "VALIDATION_ERROR", Schemas, SchemaNames.Error400Validation);
            await ShouldHaveMessageAsync(key, job.Id!, job.Message, $"a rejected edit ({what}) changes nothing", response);
        });
    }

    [Fact]
    public async Task EditJobMessage_UnknownJob_Returns404()
    {
        var (key, job) = await PickJobAsync();
        var all = await GetJobsAsync(key);
        var unknown = $"{job.Id}-missing-{Guid.NewGuid():N}";
        all.Ids.Should().NotContain(unknown);

        var response = await Client.PutAsync(Route(unknown), key, Body("Contract suite edit of a missing job"));

        response.ShouldBeNotFound(Schemas);
    }

    [Fact]
    public async Task EditJobMessage_AnotherUsersJob_Returns404AndChangesNothing()
    {
        var (key, _) = await PickJobAsync();
        var other = RequireKey(KeyRole.Other);
        if (await Target.UserIdOfAsync(KeyRole.Other) == await Target.UserIdOfAsync(KeyRole.Main))
        {
            Skip("BUENA_OTHER_API_KEY belongs to the same user as BUENA_API_KEY.");
        }

        var theirs = await GetJobsAsync(other);
        RequireJobs(theirs, "a job of the other user is needed");
        var job = theirs.Jobs.FirstOrDefault(j => j.Id is not null && j.Message is not null && j.IsFinished) ?? theirs.Jobs[0];

        await WithRestoreAsync(other, key, job, async () =>
        {
            var response = await Client.PutAsync(Route(job.Id!), key, Body("Contract suite edit of another user's job"));

            response.ShouldBeNotFound(Schemas);
            await ShouldHaveMessageAsync(other, job.Id!, job.Message, "a rejected edit of another user's job changes nothing", response);
        });
    }

    [Fact]
    [Rule(RuleCatalog.EditPermission)]
    public async Task EditJobMessage_KeyWithoutJobsUpdate_Returns403AndChangesNothing()
    {
        var (key, job) = await PickJobAsync();
        var limited = RequireKey(KeyRole.Limited);

        await WithRestoreAsync(key, job, async () =>
        {
            var response = await Client.PutAsync(Route(job.Id!), limited, Body("Contract suite edit without jobs:update"));

            response.ShouldBePermissionDenied(Schemas, "jobs:update");
            await ShouldHaveMessageAsync(key, job.Id!, job.Message, "a rejected edit changes nothing", response);
        });
    }

    private static string Route(string jobId) => $"users/jobs/editJobMessage/{Uri.EscapeDataString(jobId)}";

    private static string Body(string message) => new JsonObject { ["message"] = message }.ToJsonString();

    /// <summary>
    /// Writes allowed, the main key, and a job of its list with a message, from the middle of the list — a finished
    /// one when there is one, since a job that moves on may take a new message of its own.
    /// </summary>
    private async Task<(string Key, JobRecord Job)> PickJobAsync()
    {
        RequireWrites();
        var key = RequireKey(KeyRole.Main);
        await RequirePermissionAsync(KeyRole.Main, "jobs:update");
        var all = await GetJobsAsync(key);
        RequireJobs(all, "an edit needs a job");
        var editable = all.Jobs.Where(j => j.Id is not null && j.Message is not null).ToList();
        var settled = editable.Where(j => j.IsFinished).ToList();
        var candidates = settled.Count > 0 ? settled : editable;
        var job = candidates.Skip(candidates.Count / 2).FirstOrDefault() ?? candidates.FirstOrDefault();
        if (job is null)
        {
            Skip("No job with an id and a message to edit (the schema tests say why).");
        }

        return (key, job!);
    }

    /// <summary>Runs <paramref name="act"/>, then puts the job's original message back if it changed (with <paramref name="key"/>).</summary>
    private Task WithRestoreAsync(string key, JobRecord job, Func<Task> act) => WithRestoreAsync(key, key, job, act);

    /// <summary>Runs <paramref name="act"/>; then, if the job as <paramref name="readKey"/> sees it has another message, restores it with <paramref name="writeKey"/>.</summary>
    private async Task WithRestoreAsync(string readKey, string writeKey, JobRecord job, Func<Task> act)
    {
        try
        {
            await act();
        }
        finally
        {
            var current = await Client.GetAsync("users/jobs", readKey);
            var listed = current.StatusCode == 200 ? JobsPayload.From(current).Jobs.SingleOrDefault(j => j.Id == job.Id) : null;
            // A job that moved on to another status took a message of its own: nothing of the suite's to undo.
            if (listed is not null && listed.Message != job.Message && listed.Status == job.Status)
            {
                var restore = await Client.PutAsync(Route(job.Id!), writeKey, Body(job.Message!));
                restore.StatusCode.Should().Be(200, "the suite restores the original message of job {0} after its test{1}", job.Id, restore.Describe());
            }
        }
    }

    private async Task ShouldHaveMessageAsync(string key, string jobId, string? expected, string rule, ContractResponse cause)
    {
        var after = await GetJobsAsync(key);
        var job = after.Jobs.SingleOrDefault(j => j.Id == jobId);
        job.Should().NotBeNull("job {0} is still listed{1}", jobId, after.Response.Describe());
        job!.Message.Should().Be(expected, "{0}{1}{2}", rule, cause.Describe(), after.Response.Describe());
    }
}
