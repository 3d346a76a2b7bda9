using System.Globalization;
using System.Text.Json.Nodes;
using BuenaMock.Options;

namespace BuenaMock.Mutants;

/// <summary>Faults that break only a decision of this project: only the inferred level must fail.</summary>
public static partial class MutantCatalog
{
    private static IEnumerable<Mutant> InferredMutants() =>
    [
        StatisticsOfAllJobs,
        AuthBeforeRouting,
        NonNumericStartDateIgnored,
        new("success-rate-of-all-jobs", Mutant.Inferred, "successRate = completed / total (pending and running count as not successful)")
        {
            OnAnswer = OnJobsList(n =>
            {
                if (n["data"]?["statistics"] is JsonObject statistics && statistics["total"] is JsonValue total && statistics["completed"] is JsonValue completed)
                {
                    var all = total.GetValue<long>();
                    statistics["successRate"] = all == 0 ? 0 : Math.Round(completed.GetValue<long>() * 100.0 / all, 1);
                }
            }),
        },
        new("oldest-first", Mutant.Inferred, "jobs come oldest first")
        {
            OnAnswer = OnJobsList(n =>
            {
                if (JobsOf(n) is { } jobs)
                {
                    var reversed = jobs.Select(j => j!.DeepClone()).Reverse().ToList();
                    jobs.Clear();
                    reversed.ForEach(jobs.Add);
                }
            }),
        },
        new("completed-at-progress-99", Mutant.Inferred, "completed jobs are at progress 99")
        {
            OnAnswer = OnEachJob(j =>
            {
                if (j["status"]?.GetValue<string>() == "completed")
                {
                    j["progress"] = 99;
                }
            }),
        },
        new("end-date-exclusive", Mutant.Inferred, "endDate is exclusive (a job created at that second is left out)")
        {
            OnRequest = (e, _) =>
            {
                if (IsJobsList(e) && e.Query.TryGetValue("endDate", out var end) && long.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                {
                    e.Query["endDate"] = (seconds - 1).ToString(CultureInfo.InvariantCulture);
                }

                return Forward;
            },
        },
        new("unknown-status-rejected", Mutant.Inferred, "an unknown status is a 400 instead of selecting nothing")
        {
            OnRequest = (e, _) => Task.FromResult(IsJobsList(e) && e.Query.TryGetValue("status", out var status) && status is not ("pending" or "running" or "completed" or "failed")
                ? Answer.Error(400, "VALIDATION_ERROR", "status is not a known status")
                : null),
        },
        new("validation-before-permission", Mutant.Inferred, "a key without users:read and a bad date gets the 400, not the 403")
        {
            OnRequest = (e, _) => Task.FromResult(e.Is("users/jobs") && e.Key == DefaultKeys.Limited && e.Query.TryGetValue("startDate", out var start) && !long.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? Answer.Error(400, "VALIDATION_ERROR", "startDate must be unix seconds")
                : null),
        },
        new("wrong-method-404", Mutant.Inferred, "a known route with another method answers 404 instead of 405")
        {
            OnAnswer = WhenStatus(405, a =>
            {
                a.Status = 404;
                a.Headers.Remove("Allow");
                a.EditJson(n => n["code"] = "NOT_FOUND");
            }),
        },
        new("health-bad-key-401", Mutant.Inferred, "GET /health with an unknown key answers 401")
        {
            OnRequest = (e, _) => Task.FromResult(e.Is("health") && e.Key is { } key && !DefaultKeys.Create().Any(k => k.Key == key)
                ? Answer.Error(401, "UNAUTHORIZED", "Invalid API key")
                : null),
        },
        new("user-job-status-any-user", Mutant.Inferred, "a user key may read another user's userJobStatus")
        {
            OnRequest = (e, _) =>
            {
                if (e.StartsWith("users/jobs/userJobStatus/") && (e.Key == DefaultKeys.Full || e.Key == DefaultKeys.Other))
                {
                    e.Key = DefaultKeys.Global;
                }

                return Forward;
            },
        },
        new("job-counts-off-by-one", Mutant.Inferred, "jobCounts says one job more")
        {
            OnAnswer = (e, a, _) =>
            {
                if (e.Is("users/jobs/jobCounts") && a.Status == 200)
                {
                    a.EditJson(n =>
                    {
                        if (n["data"]?["statistics"] is JsonObject statistics && statistics["total"] is JsonValue total)
                        {
                            statistics["total"] = total.GetValue<long>() + 1;
                        }
                    });
                }

                return Task.CompletedTask;
            },
        },
        new("job-status-without-user-id", Mutant.Inferred, "jobStatus jobs carry no userId")
        {
            OnAnswer = (e, a, _) =>
            {
                if (e.Is("users/jobs/jobStatus") && a.Status == 200)
                {
                    a.EditJson(n =>
                    {
                        foreach (var job in JobsOf(n)?.OfType<JsonObject>() ?? [])
                        {
                            job.Remove("userId");
                        }
                    });
                }

                return Task.CompletedTask;
            },
        },
        new("edit-not-persisted", Mutant.Inferred, "editJobMessage answers the edited job but keeps the old message")
        {
            OnRequest = async (e, upstream) =>
            {
                if (e.Method != "PUT" || !e.StartsWith("users/jobs/editJobMessage/") || e.Key != DefaultKeys.Full)
                {
                    return null;
                }

                var message = JsonNode.Parse(e.Body ?? "null")?["message"];
                if (message is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String || value.GetValue<string>().Length is 0 or > 1000)
                {
                    return null;
                }

                var id = Uri.UnescapeDataString(e.Route["users/jobs/editJobMessage/".Length..]);
                var list = JsonNode.Parse((await upstream.GetAsync("users/jobs", e.Key, CancellationToken.None)).Body);
                var job = JobsOf(list!)?.OfType<JsonObject>().FirstOrDefault(j => j["id"]?.GetValue<string>() == id)?.DeepClone();
                if (job is null)
                {
                    return null;
                }

                job["message"] = value.GetValue<string>();
                return Answer.Json(200, new JsonObject { ["success"] = true, ["data"] = new JsonObject { ["job"] = job } }.ToJsonString());
            },
        },
        new("edit-empty-message-accepted", Mutant.Inferred, "an empty message is written instead of a 400")
        {
            OnRequest = (e, _) =>
            {
                if (e.Method == "PUT" && e.StartsWith("users/jobs/editJobMessage/") && e.Body?.Replace(" ", string.Empty, StringComparison.Ordinal) == """{"message":""}""")
                {
                    e.Body = """{"message": "(empty)"}""";
                }

                return Forward;
            },
        },
    ];
}
