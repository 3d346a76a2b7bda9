using System.Globalization;
using System.Text;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// Sends requests to the target, relative to its base URL (…/api/v2), and keeps each exchange in a
/// <see cref="ContractResponse"/>. One instance (one <see cref="HttpClient"/>) serves the whole run.
/// </summary>
public sealed class ContractClient
{
    /// <summary>Where the test's last exchange is kept (its test context), for the report.</summary>
    public const string ExchangeKey = "buena.exchange";

    private const int MaxRateLimitRetries = 3;

    private readonly HttpClient _http;
    private readonly string _baseUrl;

    public ContractClient(HttpClient http, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        _http = http;
        _baseUrl = baseUrl.ToString().TrimEnd('/');
    }

    /// <summary>The base URL without trailing slash.</summary>
    public string BaseUrl => _baseUrl;

    /// <summary>GET <paramref name="path"/> (relative to the base URL) with an optional key and query.</summary>
    public Task<ContractResponse> GetAsync(string path, string? apiKey, IEnumerable<KeyValuePair<string, string?>>? query = null)
        => SendAsync(HttpMethod.Get, path, apiKey, query, body: null);

    /// <summary>PUT a raw body (sent as <c>application/json</c>, even when it is not valid JSON).</summary>
    public Task<ContractResponse> PutAsync(string path, string? apiKey, string? body)
        => SendAsync(HttpMethod.Put, path, apiKey, query: null, body);

    /// <summary>
    /// Sends any method; <paramref name="body"/>, when given, goes as <c>application/json</c>. A 429 whose
    /// <c>Retry-After</c> is at most a minute is waited out and retried (at most 3 times), so a rate-limited
    /// target (60 requests a minute per key) is judged on its answers, not on the suite's pace.
    /// </summary>
    public Task<ContractResponse> SendAsync(HttpMethod method, string path, string? apiKey, IEnumerable<KeyValuePair<string, string?>>? query, string? body)
        => SendAsync(method, path, apiKey, query, body, MaxRateLimitRetries);

    /// <summary>GET once, a 429 returned as it is (for the rate-limit rules).</summary>
    public Task<ContractResponse> GetOnceAsync(string path, string? apiKey)
        => SendAsync(HttpMethod.Get, path, apiKey, query: null, body: null, retries: 0);

    private async Task<ContractResponse> SendAsync(HttpMethod method, string path, string? apiKey, IEnumerable<KeyValuePair<string, string?>>? query, string? body, int retries)
    {
        ArgumentNullException.ThrowIfNull(path);
        var url = UrlFor(path, query);
        var cancellation = TestContext.Current.CancellationToken;
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            if (apiKey is not null)
            {
                request.Headers.TryAddWithoutValidation("x-api-key", apiKey);
            }

            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            try
            {
                using var response = await _http.SendAsync(request, cancellation);
                var text = await response.Content.ReadAsStringAsync(cancellation);
                if ((int)response.StatusCode == 429 && attempt < retries && RetryAfter(response) is { } wait)
                {
                    TestContext.Current.TestOutputHelper?.WriteLine($"{method} {url}: 429, retrying after {wait.TotalSeconds:0} s");
                    await Task.Delay(wait, cancellation);
                    continue;
                }

                var exchange = new ContractResponse(method.Method, url, apiKey, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), text, body, Headers(response));
                Verdicts.RuleGate.Keep(ExchangeKey, exchange);
                return exchange;
            }
            catch (HttpRequestException e)
            {
                throw new HttpRequestException($"{method} {url} (x-api-key: {Redaction.Key(apiKey)}) got no HTTP response: {e.Message}", e);
            }
        }
    }

    /// <summary>Every response and content header (names case-insensitive), values joined by ", ".</summary>
    private static Dictionary<string, string> Headers(HttpResponseMessage response)
        => response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);

    /// <summary>The Retry-After of a 429 when it is at most a minute (delta seconds or a date), else null.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - TimeProvider.System.GetUtcNow() : null);
        return wait is { } w && w <= TimeSpan.FromSeconds(61) ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) + TimeSpan.FromMilliseconds(250) : null;
    }

    /// <summary>The absolute URL of <paramref name="path"/> with the query (null values left out), escaped.</summary>
    public string UrlFor(string path, IEnumerable<KeyValuePair<string, string?>>? query = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var url = new StringBuilder(_baseUrl).Append('/').Append(path.TrimStart('/'));
        var separator = '?';
        foreach (var (name, value) in query ?? [])
        {
            if (value is null)
            {
                continue;
            }

            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return url.ToString();
    }

    /// <summary>Shorthand for a query parameter list.</summary>
    public static KeyValuePair<string, string?> Param(string name, string? value) => new(name, value);

    /// <summary>Shorthand for a numeric query parameter.</summary>
    public static KeyValuePair<string, string?> Param(string name, long value) => new(name, value.ToString(CultureInfo.InvariantCulture));
}
