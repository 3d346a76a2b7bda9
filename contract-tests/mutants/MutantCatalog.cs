using System.Text.Json.Nodes;

namespace BuenaMock.Mutants;

/// <summary>
/// The committed one-fault variants of the API. Each breaks one rule in one way; its level says whether a documented
/// rule notices (the default level must fail) or only an inferred one (only the inferred level must fail).
/// </summary>
public static partial class MutantCatalog
{
    /// <summary>
    /// The server of a different design that keeps every documented rule: statistics over all the user's jobs,
    /// authentication before routing, a non-numeric startDate ignored. It must pass the default level with
    /// deviations and fail the inferred level.
    /// </summary>
    public static Mutant InferredOnly { get; } = Combine("inferred-only-server", Mutant.Inferred,
        "statistics over all the user's jobs, 401 before 404/405, a non-numeric startDate ignored",
        StatisticsOfAllJobs, AuthBeforeRouting, NonNumericStartDateIgnored);

    /// <summary>Every mutant, documented ones first.</summary>
    public static IReadOnlyList<Mutant> All { get; } = [.. DocumentedMutants(), .. InferredMutants()];

    private static bool IsJobsList(Exchange e) => e.Method == "GET" && (e.Is("users/jobs") || e.StartsWith("users/jobs/userJobStatus/"));

    private static JsonArray? JobsOf(JsonNode node) => node["data"]?["jobs"] as JsonArray;

    /// <summary>Changes every 200 answer of the jobs lists (GET /users/jobs, userJobStatus).</summary>
    private static Func<Exchange, Answer, Upstream, Task> OnJobsList(Action<JsonNode> edit) => (e, a, _) =>
    {
        if (IsJobsList(e) && a.Status == 200)
        {
            a.EditJson(edit);
        }

        return Task.CompletedTask;
    };

    /// <summary>Changes every job of every 200 list answer.</summary>
    private static Func<Exchange, Answer, Upstream, Task> OnEachJob(Action<JsonObject> edit) => OnJobsList(n =>
    {
        foreach (var job in JobsOf(n)?.OfType<JsonObject>() ?? [])
        {
            edit(job);
        }
    });

    /// <summary>Changes every answer with <paramref name="status"/>.</summary>
    private static Func<Exchange, Answer, Upstream, Task> WhenStatus(int status, Action<Answer> edit) => (_, a, _) =>
    {
        if (a.Status == status)
        {
            edit(a);
        }

        return Task.CompletedTask;
    };

    /// <summary>Drops a query parameter of GET /users/jobs before the mock sees it.</summary>
    private static Func<Exchange, Upstream, Task<Answer?>> DropParameter(string name, Func<string, bool>? when = null) => (e, _) =>
    {
        if (IsJobsList(e) && e.Query.TryGetValue(name, out var value) && (when is null || when(value)))
        {
            e.Query.Remove(name);
        }

        return Task.FromResult<Answer?>(null);
    };

    private static Task<Answer?> Forward => Task.FromResult<Answer?>(null);

    private static Mutant StatisticsOfAllJobs => new("statistics-of-all-jobs", Mutant.Inferred, "a filtered answer's statistics count all the user's jobs")
    {
        OnAnswer = async (e, a, upstream) =>
        {
            if (IsJobsList(e) && a.Status == 200 && e.Query.Count > 0)
            {
                var all = await upstream.GetAsync(e.Route, e.Key, CancellationToken.None);
                var statistics = JsonNode.Parse(all.Body)?["data"]?["statistics"]?.DeepClone();
                a.EditJson(n => n["data"]!["statistics"] = statistics);
            }
        },
    };

    private static Mutant AuthBeforeRouting => new("auth-before-routing", Mutant.Inferred, "an unknown route or a wrong method without a valid key gets 401, not 404/405")
    {
        OnRequest = async (e, upstream) =>
        {
            if (e.Key is not null || e.Is("health"))
            {
                return null;
            }

            var routed = await upstream.SendAsync(e, CancellationToken.None);
            return routed.Status is 404 or 405 ? Answer.Error(401, "UNAUTHORIZED", "Invalid API key") : routed;
        },
    };

    private static Mutant NonNumericStartDateIgnored => new("start-date-non-numeric-ignored", Mutant.Inferred, "a startDate that is not a number is ignored (200) instead of a 400")
    {
        OnRequest = DropParameter("startDate", v => !long.TryParse(v, out _)),
    };

    /// <summary>One mutant that applies several in turn (requests in order, answers in order).</summary>
    private static Mutant Combine(string name, string level, string fault, params Mutant[] parts) => new(name, level, fault)
    {
        OnRequest = async (e, upstream) =>
        {
            foreach (var part in parts)
            {
                if (part.OnRequest is { } change && await change(e, upstream) is { } answer)
                {
                    return answer;
                }
            }

            return null;
        },
        OnAnswer = async (e, a, upstream) =>
        {
            foreach (var part in parts)
            {
                if (part.OnAnswer is { } edit)
                {
                    await edit(e, a, upstream);
                }
            }
        },
    };
}
