namespace BuenaMock.ContractTests.Verdicts;

/// <summary>
/// Every rule the suite checks, with its stable id, its source and what it says. The ids are shared by the tests
/// (<see cref="RuleAttribute"/>), the report and <c>docs/contract.md</c>.
/// </summary>
public static class RuleCatalog
{
    private const string Page = "Get User Jobs page";
    private const string LegacyRoutes = "Get User Jobs page, Legacy Routes";
    private const string AuthPages = "Authentication and Errors pages";
    private const string RateLimitPage = "Rate Limits page";
    private const string HealthPage = "Health page";
    private const string Project = "this project's contract";

    public const string JobsBody = "documented.jobs.body";
    public const string JobsUser = "documented.jobs.user";
    public const string JobsUniqueIds = "documented.jobs.unique-ids";
    public const string FilterStatus = "documented.jobs.filter-status";
    public const string FilterType = "documented.jobs.filter-type";
    public const string FilterDates = "documented.jobs.filter-dates";
    public const string FiltersHold = "documented.jobs.filters-hold";
    public const string RoutesServed = "documented.routes.served";
    public const string Unauthorized = "documented.auth.unauthorized";
    public const string PermissionDenied = "documented.auth.permission-denied";
    public const string GlobalKey = "documented.auth.global-key";
    public const string JobStatusPermission = "documented.legacy.job-status-permission";
    public const string EditPermission = "documented.legacy.edit-permission";
    public const string HealthNoKey = "documented.health.no-key";
    public const string HealthWithKey = "documented.health.with-key";
    public const string RateLimitHeaders = "documented.rate-limits.headers";
    public const string RateLimitExceeded = "documented.rate-limits.exceeded";

    public const string StatisticsScope = "inferred.statistics.scope";
    public const string SuccessRate = "inferred.statistics.success-rate";
    public const string JobsOrder = "inferred.jobs.order";
    public const string JobInvariants = "inferred.jobs.invariants";
    public const string InclusiveBounds = "inferred.filters.inclusive-bounds";
    public const string FiltersExact = "inferred.filters.exact";
    public const string UnknownValue = "inferred.filters.unknown-value";
    public const string InvalidDate = "inferred.filters.invalid-date";
    public const string CheckOrder = "inferred.checks.order";
    public const string NotFound = "inferred.routing.not-found";
    public const string MethodNotAllowed = "inferred.routing.method-not-allowed";
    public const string RouteBeforeKey = "inferred.routing.before-auth";
    public const string HealthInvalidKey = "inferred.health.invalid-key";
    public const string HealthGlobalKey = "inferred.health.global-key";
    public const string UserJobStatus = "inferred.legacy.user-job-status";
    public const string UserJobStatusAccess = "inferred.legacy.user-job-status-access";
    public const string JobStatus = "inferred.legacy.job-status";
    public const string JobCounts = "inferred.legacy.job-counts";
    public const string EditJobMessage = "inferred.legacy.edit-job-message";

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyDictionary<string, ContractRule> All { get; } = new ContractRule[]
    {
        new(JobsBody, Page, "GET /users/jobs with a user key holding users:read answers 200 with the documented body: userId, success true, data.jobs with the Job Object's fields, types and formats, data.statistics with its six fields."),
        new(JobsUser, Page, "userId is the key's user (as /health names it); another user's key gets that user's jobs and none of the first user's."),
        new(JobsUniqueIds, Page, "Each job's id is unique within an answer."),
        new(FilterStatus, Page, "status=S returns only jobs with status S, and every job the unfiltered list shows in S once S is final (completed, failed)."),
        new(FilterType, Page, "type=T returns only jobs of type T, and every job of type T the unfiltered list shows."),
        new(FilterDates, Page, "startDate/endDate (unix seconds) return only jobs created from/until then, and every job of the unfiltered list created strictly between them."),
        new(FiltersHold, Page, "Any combination of the four filters answers without a 5xx, and every job a 200 returns satisfies every filter given."),
        new(RoutesServed, LegacyRoutes, "GET /users/jobs and the four legacy routes the page lists are served: an answer other than 404, 405 or a 5xx."),
        new(Unauthorized, AuthPages, "A missing, malformed or unknown key gets 401 UNAUTHORIZED in the error envelope, on every user and legacy route."),
        new(PermissionDenied, Page, "A user key without users:read gets 403 PERMISSION_DENIED with permissionHelp naming users:read and listing the key's permissions."),
        new(GlobalKey, Page, "A global key on GET /users/jobs gets the bare 400 {error, availableRoute} with the page's exact text."),
        new(JobStatusPermission, LegacyRoutes, "GET /users/jobs/jobStatus needs jobs:read: a key without it gets 403 PERMISSION_DENIED naming jobs:read."),
        new(EditPermission, LegacyRoutes, "PUT /users/jobs/editJobMessage/:jobId needs jobs:update: a key without it gets 403 naming jobs:update, and nothing changes."),
        new(HealthNoKey, HealthPage, "GET /health without a key answers 200 with version 2.0, status and timestamp, and no user or key."),
        new(HealthWithKey, HealthPage, "GET /health with a user key answers 200 (whatever its permissions) with authentication user, user.id and apiKey {name, permissions, usageCount}."),
        new(RateLimitHeaders, RateLimitPage, "X-RateLimit-Limit, -Remaining, -Reset (unix seconds) and -Window (minute|hour|day), whenever present, are well-formed and consistent."),
        new(RateLimitExceeded, RateLimitPage, "The 61st request of a key within a minute gets 429 RATE_LIMIT_EXCEEDED with retryAfter, rateLimitInfo and a Retry-After header (opt-in: BUENA_CONTRACT_RATE_LIMITS=1)."),

        new(StatisticsScope, Project, "statistics count exactly the jobs of the same answer: total, pending, running, completed, failed."),
        new(SuccessRate, Project, "successRate = completed / (completed + failed) * 100 of the same statistics, one decimal, 0 when nothing finished."),
        new(JobsOrder, Project, "Jobs come newest createdAt first."),
        new(JobInvariants, Project, "completedAt null exactly while pending or running, never before createdAt; completed at progress 100, pending at 0; metadata per type."),
        new(InclusiveBounds, Project, "Date bounds are inclusive whole unix seconds on createdAt: a job's own second as both bounds selects it; endDate=t and startDate=t+1 split the list without loss or overlap."),
        new(FiltersExact, Project, "A filtered answer holds exactly the jobs of the unfiltered list that match every filter (AND), in the same order."),
        new(UnknownValue, Project, "An unknown status or type selects nothing (200, no jobs, successRate 0)."),
        new(InvalidDate, Project, "A non-integer or negative date, or endDate < startDate, gets 400 VALIDATION_ERROR naming the parameter in message and details.fields."),
        new(CheckOrder, Project, "After the key: the global-key 400, then permission (403), then validation (400)."),
        new(NotFound, Project, "An unknown route gets 404 NOT_FOUND in the error envelope."),
        new(MethodNotAllowed, Project, "A known route with another method gets 405 METHOD_NOT_ALLOWED in the error envelope."),
        new(RouteBeforeKey, Project, "The route is decided before the key: 404 and 405 come before 401."),
        new(HealthInvalidKey, Project, "GET /health with an unknown or malformed key answers 200 without identity, never 401."),
        new(HealthGlobalKey, Project, "GET /health with a global key says authentication global, user null, permissions *."),
        new(UserJobStatus, Project, "GET /users/jobs/userJobStatus/:userId answers like GET /users/jobs for that user, filters included, for its own user key or a global key."),
        new(UserJobStatusAccess, Project, "userJobStatus: a user key reading another user gets 403, a global key reading an unknown user 404, a key without users:read 403."),
        new(JobStatus, Project, "GET /users/jobs/jobStatus lists the key's user's jobs (a global key: every user's), each with userId, with statistics."),
        new(JobCounts, Project, "GET /users/jobs/jobCounts gives the statistics of the jobs GET /users/jobs lists (a global key: of every user, or of ?userId=); it needs users:read."),
        new(EditJobMessage, Project, "PUT editJobMessage answers the updated job and later reads see it; a malformed body is 400 VALIDATION_ERROR and changes nothing; an unknown or foreign job is 404."),
    }.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule of <paramref name="id"/>; throws for an id the catalogue does not hold (a mistake in the suite).</summary>
    public static ContractRule Get(string id)
        => All.TryGetValue(id, out var rule) ? rule : throw new InvalidOperationException($"'{id}' is not a rule of the catalogue.");
}
