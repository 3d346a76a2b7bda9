using System.Globalization;
using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.Dashboard;

/// <summary>
/// Reading the data across users, for the dashboard and for tests: <c>GET /__buena/users</c> lists the
/// users and their job counts; <c>GET /__buena/jobs?userId=&amp;status=&amp;type=&amp;startDate=&amp;endDate=&amp;offset=&amp;limit=</c>
/// answers one page of the jobs, newest first, with the statistics of every job the filters select,
/// computed by the code <c>GET /users/jobs</c> uses. These reads go through the store only: no key,
/// rate limit, fault, response cache or journal of the API is touched.
/// </summary>
internal static class JobBrowseRoutes
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static IReadOnlyList<ApiRoute> Create(JobStore store, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("GET", DocumentRoutes.Prefix + "/users", (_, _) => Users(store, simulator)) { Name = "users", Kind = RouteKind.Control },
            new("GET", DocumentRoutes.Prefix + "/jobs", (r, _) => Jobs(store, simulator, r)) { Name = "jobs/list", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse Users(JobStore store, Simulator simulator)
    {
        var now = simulator.Now;
        return Responses.Ok(JsonBody.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("users");
            foreach (var user in store.Users)
            {
                w.WriteStartObject();
                w.WriteString("id", user.Id);
                w.WriteString("name", user.Name);
                w.WriteNumber("jobs", store.JobsOf(user.Id, now).Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static ApiResponse Jobs(JobStore store, Simulator simulator, ApiRequest request)
    {
        // The API's own parser: the same filters, the same 400s for bad dates or repeated parameters.
        var parsed = JobQueryParser.Parse(request.Query, allowUserId: true);
        var errors = parsed.Errors.ToList();
        var offset = Whole(request, "offset", 0, 0, int.MaxValue, errors);
        var limit = Whole(request, "limit", DefaultLimit, 1, MaxLimit, errors);
        if (errors.Count > 0)
        {
            return ErrorCatalogue.Validation(errors).ToResponse(simulator.Now);
        }

        var userId = string.IsNullOrEmpty(parsed.UserId) ? null : parsed.UserId;
        if (userId is not null && !store.TryGetUser(userId, out _))
        {
            return ErrorCatalogue.NotFound($"User {userId} not found").ToResponse(simulator.Now);
        }

        var now = simulator.Now;
        var jobs = parsed.Query.Apply(userId is null ? store.AllJobs(now) : store.JobsOf(userId, now));
        var statistics = JobStatistics.Of(jobs);
        return Responses.Ok(JsonBody.Write(w =>
        {
            w.WriteStartObject();
            if (userId is null)
            {
                w.WriteNull("userId");
            }
            else
            {
                w.WriteString("userId", userId);
            }

            w.WriteString("now", Timestamps.Write(now));
            w.WriteNumber("offset", offset);
            w.WriteNumber("limit", limit);
            w.WriteNumber("total", jobs.Count);
            w.WriteStartArray("jobs");
            for (var i = offset; i < jobs.Count && i < (long)offset + limit; i++)
            {
                JobJson.WriteJob(w, jobs[i], includeUserId: true);
            }

            w.WriteEndArray();
            JobJson.WriteStatistics(w, statistics);
            w.WriteEndObject();
        }));
    }

    private static int Whole(ApiRequest request, string name, int fallback, int min, int max, List<FieldError> errors)
    {
        if (!request.Query.TryGetValue(name, out var values))
        {
            return fallback;
        }

        if (values.Count != 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}, given once")));
            return fallback;
        }

        return n;
    }
}
