using System.Text.Json.Serialization;
using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.Jobs;

/// <summary>
/// The jobs routes: <c>GET /users/jobs</c> and the four legacy routes. Each route declares its access
/// once (<see cref="RouteAccess"/>: the permission, its 403 message, and whether a global key gets the
/// bare 400), and the request pipeline answers 401, 429, that 400 and that 403 before a handler runs;
/// each handler's own checks follow in the contract's order: own user (403) → validation (400) → lookup (404).
/// </summary>
internal static class JobRoutes
{
    public const string Base = "/api/v2/users/jobs";
    public const int MaxMessageLength = 1000;

    private static readonly string MessageProblem = $"must be a non-empty string of at most {MaxMessageLength} characters in a JSON body {{\"message\": \"…\"}}";

    // Other fields are skipped, as the API does; whatever is wrong, the message is what the edit names.
    private static readonly ColdJsonMessages EditMessages = new(MessageProblem, _ => MessageProblem, null);

    public static IReadOnlyList<ApiRoute> Create(JobStore store, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(simulator);
        var reads = new Reads(store, simulator, new ResponseCache());
        return
        [
            ApiRoute.Protected("GET", Base, RouteNames.Jobs, new(Permissions.UsersRead, "Insufficient permissions for user job access") { UserKeysOnly = true }, (r, _, key) => UserJobs(reads, r, key)),
            ApiRoute.Protected("GET", Base + "/userJobStatus/{userId}", RouteNames.UserJobStatus, new(Permissions.UsersRead, "Insufficient permissions for user job access"), (r, v, key) => UserJobStatus(reads, r, key, v["userId"])),
            ApiRoute.Protected("GET", Base + "/jobStatus", RouteNames.JobStatus, new(Permissions.JobsRead, "Insufficient permissions for job access"), (r, _, key) => Scoped(reads, RouteNames.JobStatus, r, key, JobJson.JobStatus)),
            ApiRoute.Protected("GET", Base + "/jobCounts", RouteNames.JobCounts, new(Permissions.UsersRead, "Insufficient permissions for job counts"), (r, _, key) => Scoped(reads, RouteNames.JobCounts, r, key, JobJson.JobCounts)),
            ApiRoute.Protected("PUT", Base + "/editJobMessage/{jobId}", RouteNames.EditJobMessage, new(Permissions.JobsUpdate, "Insufficient permissions to edit job messages"), (r, v, key) => EditJobMessage(store, simulator, r, key, v["jobId"])),
        ];
    }

    private static ApiResponse UserJobs(Reads reads, ApiRequest request, ApiKey key)
    {
        var now = reads.Now;
        var parsed = JobQueryParser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return ErrorCatalogue.Validation(parsed.Errors).ToResponse(now);
        }

        return Responses.Ok(reads.Of(RouteNames.Jobs, key.UserId!, parsed.Query, now, jobs => JobJson.UserJobs(key.UserId!, jobs)));
    }

    private static ApiResponse UserJobStatus(Reads reads, ApiRequest request, ApiKey key, string userId)
    {
        var now = reads.Now;
        if (JobChecks.RequireOwnUser(key, userId, now) is { } foreign)
        {
            return foreign;
        }

        var parsed = JobQueryParser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return ErrorCatalogue.Validation(parsed.Errors).ToResponse(now);
        }

        if (!reads.Store.TryGetUser(userId, out _))
        {
            return ErrorCatalogue.NotFound($"User {userId} not found").ToResponse(now);
        }

        return Responses.Ok(reads.Of(RouteNames.UserJobStatus, userId, parsed.Query, now, jobs => JobJson.UserJobs(userId, jobs)));
    }

    /// <summary>
    /// The legacy reads (jobStatus, jobCounts): the jobs the key sees: a user key its own user's; a
    /// global key every user's, or one user's with <c>?userId=</c>.
    /// </summary>
    private static ApiResponse Scoped(Reads reads, string route, ApiRequest request, ApiKey key, Func<IReadOnlyList<Job>, byte[]> write)
    {
        var now = reads.Now;
        var parsed = JobQueryParser.Parse(request.Query, allowUserId: true);
        if (parsed.UserId is { } requested && JobChecks.RequireOwnUser(key, requested, now) is { } foreign)
        {
            return foreign;
        }

        if (!parsed.IsValid)
        {
            return ErrorCatalogue.Validation(parsed.Errors).ToResponse(now);
        }

        var userId = parsed.UserId ?? key.UserId;
        if (userId is not null && !reads.Store.TryGetUser(userId, out _))
        {
            return ErrorCatalogue.NotFound($"User {userId} not found").ToResponse(now);
        }

        return Responses.Ok(reads.Of(route, userId, parsed.Query, now, write));
    }

    private static ApiResponse EditJobMessage(JobStore store, Simulator simulator, ApiRequest request, ApiKey key, string jobId)
    {
        var now = simulator.Now;
        if (ReadMessage(request.Body) is not { } message)
        {
            return ErrorCatalogue.Validation([new FieldError("message", MessageProblem)]).ToResponse(now);
        }

        var job = store.Find(jobId, now);
        if (job is null || (key.Kind == ApiKeyKind.User && job.UserId != key.UserId))
        {
            return ErrorCatalogue.NotFound($"Job {jobId} not found").ToResponse(now);
        }

        var updated = store.EditMessage(jobId, message, now)!;
        return Responses.Ok(JobJson.EditedJob(updated));
    }

    /// <summary>
    /// The <c>message</c> of a body <c>{"message": "…"}</c> (other fields ignored), or null when the body
    /// is not that. Read with generated code (<see cref="EditMessageJsonContext"/>).
    /// </summary>
    internal static string? ReadMessage(byte[] body)
    {
        var (input, _) = ColdJson.Read(body, EditMessageJsonContext.Default.EditMessageInput, EditMessages);
        return input?.Message is { } message && !string.IsNullOrWhiteSpace(message) && message.Length <= MaxMessageLength && ColdJson.IsText(message) ? message : null;
    }

    /// <summary>
    /// The reads' common path: the jobs at the server's now (after arrivals), filtered, written, and
    /// cached by route, user, filters, store version and second.
    /// </summary>
    private sealed class Reads(JobStore store, Simulator simulator, ResponseCache cache)
    {
        public JobStore Store => store;

        public DateTimeOffset Now => simulator.Now;

        /// <summary>The body for <paramref name="userId"/>'s jobs, or every user's when null, at <paramref name="now"/>.</summary>
        public byte[] Of(string route, string? userId, JobQuery query, DateTimeOffset now, Func<IReadOnlyList<Job>, byte[]> write)
        {
            var version = store.Version; // read before the jobs: an entry may be newer than its key, never older
            return cache.GetOrAdd(route, userId, query, version, now, () =>
                write(query.Apply(userId is null ? store.AllJobs(now) : store.JobsOf(userId, now))));
        }
    }
}

/// <summary>The body of <c>PUT /users/jobs/editJobMessage/:jobId</c> as written.</summary>
internal sealed class EditMessageInput
{
    public string? Message { get; init; }
}

/// <summary>The edit's JSON: read with generated code, no reflection; other fields are skipped, as the API does.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 16)]
[JsonSerializable(typeof(EditMessageInput))]
internal sealed partial class EditMessageJsonContext : JsonSerializerContext;
