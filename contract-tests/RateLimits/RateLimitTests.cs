using System.Globalization;
using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.RateLimits;

/// <summary>
/// The documented rate limits: 60 requests a minute per key, the X-RateLimit-* headers, and the 429 body with
/// Retry-After. Sending 61 requests is opt-in (BUENA_CONTRACT_RATE_LIMITS=1): it spends a key's minute.
/// </summary>
public sealed class RateLimitTests(TargetFixture target) : ContractTest(target)
{
    private const int PerMinute = 60;

    [Fact]
    [Rule(RuleCatalog.RateLimitHeaders)]
    public async Task Get_AnyRoute_RateLimitHeadersWellFormedWhenPresent()
    {
        var key = RequireKey(KeyRole.Main);
        var now = await TargetNowAsync();
        var responses = new[]
        {
            await Client.GetOnceAsync("users/jobs", key),
            await Client.GetOnceAsync("health", key),
            await Client.GetOnceAsync("users/jobs/jobCounts", key),
            await Client.GetOnceAsync("users/jobs", "not-a-key"),
        };

        foreach (var response in responses.Where(RateLimitHeaders.Any))
        {
            RateLimitHeaders.ShouldBeWellFormed(response, now);
        }
    }

    [Fact]
    [Rule(RuleCatalog.RateLimitExceeded)]
    public async Task GetUserJobs_61stRequestWithinAMinute_Returns429WithRetryAfter()
    {
        if (!Configuration.RateLimits)
        {
            Skip($"This rule sends {PerMinute + 1} requests within a minute with one key; set BUENA_CONTRACT_RATE_LIMITS=1 to run it against {Client.BaseUrl}.");
        }

        var role = Configuration.KeyOf(KeyRole.Other) is null ? KeyRole.Main : KeyRole.Other;
        var key = RequireKey(role);
        var now = await TargetNowAsync();
        ContractResponse? limited = null;
        var sent = 0;
        var total = 0;
        long? lastRemaining = null;
        // A minute may begin while the requests go out (X-RateLimit-Remaining rises): counting starts again then.
        while (sent < PerMinute + 1 && limited is null && total < 3 * (PerMinute + 1))
        {
            var response = await Client.GetOnceAsync("users/jobs", key);
            sent++;
            total++;
            var remaining = long.TryParse(response.Header(RateLimitHeaders.Remaining), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (long?)null;
            if (remaining > lastRemaining)
            {
                sent = 1;
            }

            lastRemaining = remaining ?? lastRemaining;
            if (response.StatusCode == 429)
            {
                limited = response;
            }
            else
            {
                response.StatusCode.Should().Be(200, "requests within the limit are answered as usual (request {0}){1}", sent, response.Describe());
                RateLimitHeaders.ShouldBeWellFormed(response, now);
            }
        }

        limited.Should().NotBeNull("{0} allows {1} requests a minute per key, so request {2} with one key within a minute gets 429", TargetConfiguration.VariableOf(role), PerMinute, PerMinute + 1);
        limited!.ShouldBeError(429, "RATE_LIMIT_EXCEEDED", Schemas, SchemaNames.Error429);
        var retryAfter = JsonRead.Number(limited.Json?["retryAfter"]);
        retryAfter.Should().BePositive("the 429 body says retryAfter in seconds{0}", limited.Describe());
        var header = limited.Header("Retry-After");
        header.Should().NotBeNull("a 429 carries Retry-After{0}", limited.Describe());
        var headerSeconds = long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (long?)null;
        headerSeconds.Should().NotBeNull("Retry-After is a number of seconds (got \"{0}\"){1}", header, limited.Describe());
        ((double)headerSeconds!.Value).Should().BeApproximately(retryAfter ?? 0, 1, "Retry-After and the body's retryAfter agree{0}", limited.Describe());
        JsonRead.Whole(limited.Json?["rateLimitInfo"]?["limit"]).Should().Be(PerMinute, "rateLimitInfo.limit is the minute's {0}{1}", PerMinute, limited.Describe());
        JsonRead.Whole(limited.Json?["rateLimitInfo"]?["remaining"]).Should().Be(0, "rateLimitInfo.remaining is 0 once limited{0}", limited.Describe());
        JsonRead.Text(limited.Json?["rateLimitInfo"]?["window"]).Should().Be("minute", "the minute's window is exceeded{0}", limited.Describe());
        RateLimitHeaders.ShouldBeWellFormed(limited, now);
    }

    /// <summary>The target's own "now" (the timestamp of GET /health), which X-RateLimit-Reset follows; else this machine's.</summary>
    private async Task<DateTimeOffset> TargetNowAsync()
    {
        var health = await Client.GetOnceAsync("health", apiKey: null);
        return (health.StatusCode == 200 ? JsonRead.Instant(health.Json?["timestamp"]) : null) ?? TimeProvider.System.GetUtcNow();
    }
}
