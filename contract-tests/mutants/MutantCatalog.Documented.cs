using System.Text.Json.Nodes;
using BuenaMock.Options;

namespace BuenaMock.Mutants;

/// <summary>Faults that break a rule a public page documents: the default level must fail.</summary>
public static partial class MutantCatalog
{
    private static IEnumerable<Mutant> DocumentedMutants() =>
    [
        new("progress-as-string", Mutant.Documented, "job.progress is a string (\"100\") instead of a number")
        {
            OnAnswer = OnEachJob(j => j["progress"] = j["progress"]?.ToString()),
        },
        new("created-at-not-iso", Mutant.Documented, "job.createdAt is \"2024/01/20 10:00\" instead of ISO 8601")
        {
            OnAnswer = OnEachJob(j => j["createdAt"] = "2024/01/20 10:00"),
        },
        new("status-renamed", Mutant.Documented, "a completed job says status \"done\"")
        {
            OnAnswer = OnEachJob(j =>
            {
                if (j["status"]?.GetValue<string>() == "completed")
                {
                    j["status"] = "done";
                }
            }),
        },
        new("user-id-missing", Mutant.Documented, "the jobs body has no userId")
        {
            OnAnswer = OnJobsList(n => n.AsObject().Remove("userId")),
        },
        new("success-false", Mutant.Documented, "a 200 jobs body says success: false")
        {
            OnAnswer = OnJobsList(n => n["success"] = false),
        },
        new("statistics-field-missing", Mutant.Documented, "statistics has no successRate")
        {
            OnAnswer = OnJobsList(n => (n["data"]?["statistics"] as JsonObject)?.Remove("successRate")),
        },
        new("extra-wrong-field-type", Mutant.Documented, "job.id is a number")
        {
            OnAnswer = OnEachJob(j => j["id"] = 12345),
        },
        new("duplicate-job", Mutant.Documented, "the first job is listed twice")
        {
            OnAnswer = OnJobsList(n =>
            {
                if (JobsOf(n) is { Count: > 0 } jobs)
                {
                    jobs.Add(jobs[0]!.DeepClone());
                }
            }),
        },
        new("user-id-of-someone-else", Mutant.Documented, "userId names another user")
        {
            OnAnswer = OnJobsList(n => n["userId"] = "000000000000000000000001"),
        },
        new("filter-status-ignored", Mutant.Documented, "status is ignored: every job comes back") { OnRequest = DropParameter("status") },
        new("filter-type-ignored", Mutant.Documented, "type is ignored: every job comes back") { OnRequest = DropParameter("type") },
        new("filter-start-date-ignored", Mutant.Documented, "startDate is ignored") { OnRequest = DropParameter("startDate") },
        new("filter-end-date-ignored", Mutant.Documented, "endDate is ignored") { OnRequest = DropParameter("endDate") },
        new("filter-status-drops-jobs", Mutant.Documented, "status=completed leaves out the oldest completed job")
        {
            OnAnswer = (e, a, _) =>
            {
                if (IsJobsList(e) && a.Status == 200 && e.Query.GetValueOrDefault("status") == "completed")
                {
                    a.EditJson(n =>
                    {
                        if (JobsOf(n) is { Count: > 0 } jobs)
                        {
                            jobs.RemoveAt(jobs.Count - 1);
                        }
                    });
                }

                return Task.CompletedTask;
            },
        },
        new("combined-filters-500", Mutant.Documented, "status and type together answer 500")
        {
            OnRequest = (e, _) => Task.FromResult(IsJobsList(e) && e.Query.ContainsKey("status") && e.Query.ContainsKey("type")
                ? Answer.Error(500, "INTERNAL_ERROR", "Internal server error")
                : null),
        },
        new("missing-key-accepted", Mutant.Documented, "a request without a key is served as the first user's")
        {
            OnRequest = (e, _) =>
            {
                if (e.Key is null && !e.Is("health"))
                {
                    e.Key = DefaultKeys.Full;
                }

                return Forward;
            },
        },
        new("unauthorized-wrong-code", Mutant.Documented, "the 401 says code INVALID_API_KEY")
        {
            OnAnswer = WhenStatus(401, a =>
            {
                a.EditJson(n => n["code"] = "INVALID_API_KEY");
            }),
        },
        new("unauthorized-bare-body", Mutant.Documented, "the 401 is a bare {\"error\": \"Invalid API key\"}, not the envelope")
        {
            OnAnswer = WhenStatus(401, a =>
            {
                a.Body = """{"error": "Invalid API key"}""";
            }),
        },
        new("permission-denied-as-401", Mutant.Documented, "a missing permission answers 401 instead of 403")
        {
            OnAnswer = WhenStatus(403, a =>
            {
                a.Status = 401;
                a.EditJson(n => n["code"] = "UNAUTHORIZED");
            }),
        },
        new("permission-help-missing", Mutant.Documented, "the 403 has no permissionHelp")
        {
            OnAnswer = WhenStatus(403, a =>
            {
                a.EditJson(n => n.AsObject().Remove("permissionHelp"));
            }),
        },
        new("global-key-400-enveloped", Mutant.Documented, "the global-key 400 comes in the envelope with a code")
        {
            OnAnswer = (e, a, _) =>
            {
                if (e.Is("users/jobs") && a.Status == 400 && e.Key == DefaultKeys.Global)
                {
                    a.EditJson(n => n["code"] = "VALIDATION_ERROR");
                }

                return Task.CompletedTask;
            },
        },
        new("global-key-served", Mutant.Documented, "a global key on GET /users/jobs is served the first user's jobs")
        {
            OnRequest = (e, _) =>
            {
                if (e.Is("users/jobs") && e.Key == DefaultKeys.Global)
                {
                    e.Key = DefaultKeys.Full;
                }

                return Forward;
            },
        },
        new("job-status-without-jobs-read", Mutant.Documented, "jobStatus serves a key without jobs:read")
        {
            OnRequest = (e, _) =>
            {
                if (e.Is("users/jobs/jobStatus") && (e.Key == DefaultKeys.Limited || e.Key == DefaultKeys.Other))
                {
                    e.Key = DefaultKeys.Full;
                }

                return Forward;
            },
        },
        new("edit-without-jobs-update", Mutant.Documented, "editJobMessage writes for a key without jobs:update")
        {
            OnRequest = (e, _) =>
            {
                if (e.StartsWith("users/jobs/editJobMessage/") && e.Key == DefaultKeys.Limited)
                {
                    e.Key = DefaultKeys.Full;
                }

                return Forward;
            },
        },
        new("text-plain", Mutant.Documented, "JSON answers say Content-Type: text/plain")
        {
            OnAnswer = (_, a, _) =>
            {
                a.Headers["Content-Type"] = "text/plain; charset=utf-8";
                return Task.CompletedTask;
            },
        },
        new("health-needs-key", Mutant.Documented, "GET /health without a key answers 401")
        {
            OnRequest = (e, _) => Task.FromResult(e.Is("health") && e.Key is null ? Answer.Error(401, "UNAUTHORIZED", "Invalid API key") : null),
        },
        new("health-version-wrong", Mutant.Documented, "GET /health says version \"2\"")
        {
            OnAnswer = (e, a, _) =>
            {
                if (e.Is("health"))
                {
                    a.EditJson(n => n["version"] = "2");
                }

                return Task.CompletedTask;
            },
        },
        new("health-needs-users-read", Mutant.Documented, "GET /health with a key lacking users:read answers 403")
        {
            OnRequest = (e, _) => Task.FromResult(e.Is("health") && e.Key == DefaultKeys.Limited ? Answer.Error(403, "PERMISSION_DENIED", "Insufficient permissions") : null),
        },
        new("rate-limit-window-week", Mutant.Documented, "answers carry X-RateLimit-Window: week and a Limit of zero")
        {
            OnAnswer = (_, a, _) =>
            {
                a.Headers["X-RateLimit-Limit"] = "0";
                a.Headers["X-RateLimit-Window"] = "week";
                return Task.CompletedTask;
            },
        },
        new("legacy-route-gone", Mutant.Documented, "GET /users/jobs/jobCounts answers 404")
        {
            OnRequest = (e, _) => Task.FromResult(e.Is("users/jobs/jobCounts") ? Answer.Error(404, "NOT_FOUND", "Route not found") : null),
        },
    ];
}
