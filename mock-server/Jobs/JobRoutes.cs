using System.Text.Json;
using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;

namespace BuenaMock.Jobs;

/// <summary>
/// The jobs routes: <c>GET /users/jobs</c> and the four legacy routes. Checks run in the contract's
/// order: key (401) → global key on a user route (bare 400) → permission (403) → validation (400) → lookup (404).
/// </summary>
public static class JobRoutes
{
    public const string Base = "/api/v2/users/jobs";
    public const int MaxMessageLength = 1000;

    public static IReadOnlyList<ApiRoute> Create(MockContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guard = new RequestGuard(context);
        var reads = new Reads(context, new ResponseCache());
        return
        [
            new("GET", Base, (r, _) => UserJobs(reads, guard, r)) { Name = RouteNames.Jobs, Permission = Permissions.UsersRead },
            new("GET", Base + "/userJobStatus/{userId}", (r, v) => UserJobStatus(reads, guard, r, v["userId"])) { Name = RouteNames.UserJobStatus, Permission = Permissions.UsersRead },
            new("GET", Base + "/jobStatus", (r, _) => Scoped(reads, RouteNames.JobStatus, Permissions.JobsRead, "Insufficient permissions for job access", guard, r, JobJson.JobStatus)) { Name = RouteNames.JobStatus, Permission = Permissions.JobsRead },
            new("GET", Base + "/jobCounts", (r, _) => Scoped(reads, RouteNames.JobCounts, Permissions.UsersRead, "Insufficient permissions for job counts", guard, r, JobJson.JobCounts)) { Name = RouteNames.JobCounts, Permission = Permissions.UsersRead },
            new("PUT", Base + "/editJobMessage/{jobId}", (r, v) => EditJobMessage(context, guard, r, v["jobId"])) { Name = RouteNames.EditJobMessage, Permission = Permissions.JobsUpdate },
        ];
    }

    private static ApiResponse UserJobs(Reads reads, RequestGuard guard, ApiRequest request)
    {
        if (guard.Authenticate(request) is not { } key)
        {
            return guard.Unauthorized();
        }

        if (key.Kind == ApiKeyKind.Global)
        {
            return ErrorCatalogue.GlobalKeyOnUserRoute();
        }

        if (guard.Require(key, Permissions.UsersRead, "Insufficient permissions for user job access") is { } denied)
        {
            return denied;
        }

        var parsed = JobQueryParser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return guard.Invalid(parsed.Errors);
        }

        return Responses.Ok(reads.Of(RouteNames.Jobs, key.UserId!, parsed.Query, jobs => JobJson.UserJobs(key.UserId!, jobs)));
    }

    private static ApiResponse UserJobStatus(Reads reads, RequestGuard guard, ApiRequest request, string userId)
    {
        if (guard.Authenticate(request) is not { } key)
        {
            return guard.Unauthorized();
        }

        if (guard.Require(key, Permissions.UsersRead, "Insufficient permissions for user job access") is { } denied)
        {
            return denied;
        }

        if (guard.RequireOwnUser(key, userId) is { } foreign)
        {
            return foreign;
        }

        var parsed = JobQueryParser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return guard.Invalid(parsed.Errors);
        }

        if (!reads.Context.Store.TryGetUser(userId, out _))
        {
            return ErrorCatalogue.NotFound($"User {userId} not found").ToResponse(reads.Context.Now);
        }

        return Responses.Ok(reads.Of(RouteNames.UserJobStatus, userId, parsed.Query, jobs => JobJson.UserJobs(userId, jobs)));
    }

    /// <summary>
    /// The legacy reads (jobStatus, jobCounts): key, permission, then the jobs the key sees: a user
    /// key its own user's; a global key every user's, or one user's with <c>?userId=</c>.
    /// </summary>
    private static ApiResponse Scoped(Reads reads, string route, string permission, string deniedMessage, RequestGuard guard, ApiRequest request, Func<IReadOnlyList<Job>, byte[]> write)
    {
        if (guard.Authenticate(request) is not { } key)
        {
            return guard.Unauthorized();
        }

        if (guard.Require(key, permission, deniedMessage) is { } denied)
        {
            return denied;
        }

        var parsed = JobQueryParser.Parse(request.Query, allowUserId: true);
        if (parsed.UserId is { } requested && guard.RequireOwnUser(key, requested) is { } foreign)
        {
            return foreign;
        }

        if (!parsed.IsValid)
        {
            return guard.Invalid(parsed.Errors);
        }

        var userId = parsed.UserId ?? key.UserId;
        if (userId is not null && !reads.Context.Store.TryGetUser(userId, out _))
        {
            return ErrorCatalogue.NotFound($"User {userId} not found").ToResponse(reads.Context.Now);
        }

        return Responses.Ok(reads.Of(route, userId, parsed.Query, write));
    }

    private static ApiResponse EditJobMessage(MockContext context, RequestGuard guard, ApiRequest request, string jobId)
    {
        if (guard.Authenticate(request) is not { } key)
        {
            return guard.Unauthorized();
        }

        if (guard.Require(key, Permissions.JobsUpdate, "Insufficient permissions to edit job messages") is { } denied)
        {
            return denied;
        }

        if (ReadMessage(request.Body) is not { } message)
        {
            return guard.Invalid([new FieldError("message", $"must be a non-empty string of at most {MaxMessageLength} characters in a JSON body {{\"message\": \"…\"}}")]);
        }

        var job = context.Store.Find(jobId, context.SyncNow());
        if (job is null || (key.Kind == ApiKeyKind.User && job.UserId != key.UserId))
        {
            return ErrorCatalogue.NotFound($"Job {jobId} not found").ToResponse(context.Now);
        }

        var updated = context.Store.EditMessage(jobId, message, context.SyncNow())!;
        return Responses.Ok(JobJson.EditedJob(updated));
    }

    /// <summary>The <c>message</c> of a body <c>{"message": "…"}</c>, or null when the body is not that.</summary>
    internal static string? ReadMessage(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("message", out var element)
                || element.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var message = element.GetString();
            return string.IsNullOrWhiteSpace(message) || message.Length > MaxMessageLength ? null : message;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The reads' common path: the jobs at the clock's now (after arrivals), filtered, written, and
    /// cached by route, user, filters, store version and second.
    /// </summary>
    private sealed class Reads(MockContext context, ResponseCache cache)
    {
        public MockContext Context { get; } = context;

        /// <summary>The body for <paramref name="userId"/>'s jobs, or every user's when null.</summary>
        public byte[] Of(string route, string? userId, JobQuery query, Func<IReadOnlyList<Job>, byte[]> write)
        {
            var now = Context.SyncNow();
            var version = Context.Store.Version; // read before the jobs: an entry may be newer than its key, never older
            return cache.GetOrAdd(route, userId, query, version, now, () =>
                write(query.Apply(userId is null ? Context.Store.AllJobs(now) : Context.Store.JobsOf(userId, now))));
        }
    }
}
