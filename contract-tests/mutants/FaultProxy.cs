using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BuenaMock.Mutants;

/// <summary>
/// A loopback proxy in front of the mock that applies the active <see cref="Mutant"/> (none: it forwards untouched).
/// One proxy serves every run; the harness switches the mutant between runs.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private const string Prefix = "/api/v2/";

    private readonly WebApplication _app;
    private readonly Upstream _upstream;

    private FaultProxy(WebApplication app, Upstream upstream)
    {
        _app = app;
        _upstream = upstream;
    }

    /// <summary>The mutant the proxy applies now; null forwards untouched.</summary>
    public Mutant? Active { get; set; }

    /// <summary>The proxy's base URL, …/api/v2.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<FaultProxy> StartAsync(HttpClient http, string upstreamRoot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new FaultProxy(app, new Upstream(http, upstreamRoot.TrimEnd('/')));
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.BaseUrl = app.Urls.First().TrimEnd('/') + "/api/v2";
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string? body = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var path = request.Path.Value ?? "/";
        var exchange = new Exchange
        {
            Method = request.Method,
            Route = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : path,
            Query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            Key = request.Headers.TryGetValue("x-api-key", out var key) ? key.ToString() : null,
            Body = body,
            ContentType = request.ContentType,
        };

        var mutant = Active;
        var answer = mutant?.OnRequest is { } change ? await change(exchange, _upstream) : null;
        if (answer is null)
        {
            answer = await _upstream.SendAsync(exchange, context.RequestAborted);
            if (mutant?.OnAnswer is { } edit)
            {
                await edit(exchange, answer, _upstream);
            }
        }

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.ContentType = value;
            }
            else
            {
                context.Response.Headers[name] = value;
            }
        }

        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
