using System.Text;

namespace BuenaMock.Mutants;

/// <summary>The mock behind the proxy: sends an exchange to it and reads the whole answer.</summary>
public sealed class Upstream(HttpClient http, string root)
{
    private static readonly HashSet<string> _kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Allow", "Retry-After", "X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Window",
    };

    public async Task<Answer> SendAsync(Exchange exchange, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var query = string.Join('&', exchange.Query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var path = exchange.Route.StartsWith('/') ? exchange.Route : "/api/v2/" + exchange.Route;
        using var request = new HttpRequestMessage(new HttpMethod(exchange.Method), root + path + (query.Length > 0 ? "?" + query : string.Empty));
        if (exchange.Key is not null)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", exchange.Key);
        }

        if (exchange.Body is not null)
        {
            request.Content = new StringContent(exchange.Body, Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", exchange.ContentType ?? "application/json");
        }

        using var response = await http.SendAsync(request, cancellation);
        var answer = new Answer { Status = (int)response.StatusCode, Body = await response.Content.ReadAsStringAsync(cancellation) };
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (_kept.Contains(name))
            {
                answer.Headers[name] = string.Join(", ", values);
            }
        }

        return answer;
    }

    /// <summary>A GET of <paramref name="route"/> with <paramref name="key"/> (for mutants that need another view of the data).</summary>
    public Task<Answer> GetAsync(string route, string? key, CancellationToken cancellation, Dictionary<string, string>? query = null)
        => SendAsync(new Exchange { Method = "GET", Route = route, Query = query ?? [], Key = key }, cancellation);
}
