using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// The base of the HTTP contract tests: the target, its keys (skipping when one is missing) and common reads. Each
/// test names its rule with <see cref="RuleAttribute"/>; its outcome is recorded for the reports when it ends.
/// </summary>
public abstract class ContractTest(TargetFixture target) : IDisposable
{
    protected TargetFixture Target { get; } = target;

    protected ContractClient Client => Target.Client;

    protected SchemaCatalog Schemas => Target.Schemas;

    protected TargetConfiguration Configuration => Target.Configuration;

    /// <summary>The key of <paramref name="role"/>; the test is reported skipped, with the reason, when it is not configured.</summary>
    protected string RequireKey(KeyRole role)
    {
        if (Configuration.KeyOf(role) is { } key)
        {
            return key;
        }

        var purpose = role switch
        {
            KeyRole.Main => "a user key with users:read",
            KeyRole.Limited => "a user key without users:read, jobs:read and jobs:update",
            KeyRole.Global => "a global key",
            KeyRole.Other => "a user key of a second user, with users:read",
            _ => role.ToString(),
        };
        Skip($"This test needs {TargetConfiguration.VariableOf(role)} ({purpose}); it is not set for {Client.BaseUrl}.");
        return string.Empty;
    }

    /// <summary>Skips the test with <paramref name="reason"/> (kept for the report).</summary>
    protected static void Skip(string reason) => RuleGate.Skip(reason);

    /// <summary>Records the test's outcome for the reports (the test's state is known while its class is disposed).</summary>
    public void Dispose()
    {
        if (TestOutcome.FromContext(TestContext.Current) is { } outcome)
        {
            Target.Results.Add(outcome);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Skips unless writes are allowed (always in-process; else BUENA_CONTRACT_ALLOW_WRITES=1).</summary>
    protected void RequireWrites()
    {
        if (!Configuration.AllowWrites)
        {
            Skip($"This test edits a job message (and restores it); set BUENA_CONTRACT_ALLOW_WRITES=1 to run it against {Client.BaseUrl}.");
        }
    }

    /// <summary>
    /// Whether a key holds a permission: true for the in-process mock's documented keys; else as GET /health
    /// reports it (<c>*</c> holds all), or null when the target does not say.
    /// </summary>
    protected async Task<bool?> HasPermissionAsync(KeyRole role, string permission)
    {
        var permissions = await Target.PermissionsOfAsync(role);
        return permissions is null ? null : permissions.Contains(permission) || permissions.Contains("*");
    }

    /// <summary>Skips when the target says the key lacks <paramref name="permission"/> (an optional permission of that key).</summary>
    protected async Task RequirePermissionAsync(KeyRole role, string permission)
    {
        RequireKey(role);
        if (await HasPermissionAsync(role, permission) == false)
        {
            Skip($"{TargetConfiguration.VariableOf(role)} does not hold {permission} on this target (per GET /health apiKey.permissions).");
        }
    }

    /// <summary>The user of a key as the target reports it; skips when the key is missing or the target does not say.</summary>
    protected async Task<string> RequireUserIdAsync(KeyRole role)
    {
        RequireKey(role);
        var id = await Target.UserIdOfAsync(role);
        if (id is null)
        {
            Skip($"The target reports no user for {TargetConfiguration.VariableOf(role)} (neither /health user.id nor /users/jobs userId).");
        }

        return id!;
    }

    /// <summary>GET /users/jobs with a filter and a key, checked for status 200, content type and schema.</summary>
    protected async Task<JobsPayload> GetJobsAsync(string key, JobFilter? filter = null, string path = "users/jobs")
    {
        var response = await Client.GetAsync(path, key, (filter ?? JobFilter.None).Query);
        response.ShouldConform(200, Schemas, SchemaNames.JobsResponse);
        return JobsPayload.From(response);
    }

    /// <summary>The main key's unfiltered GET /users/jobs, checked (the reference list the filters are compared with).</summary>
    protected async Task<JobsPayload> GetMainJobsAsync() => await GetJobsAsync(RequireKey(KeyRole.Main));

    /// <summary>Skips when the list has no job (some rules need one).</summary>
    protected static void RequireJobs(JobsPayload payload, string why)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Jobs.Count == 0)
        {
            Skip($"The target returned no jobs for this key; {why}.");
        }
    }
}
