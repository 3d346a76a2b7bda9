using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Stubs;
using Microsoft.Extensions.Logging;

namespace BuenaMock.Recording;

/// <summary>
/// Forwards an API request to the upstream (<c>/api/v2/users/jobs?status=failed</c> →
/// <c>{upstream}/users/jobs?status=failed</c>) with the headers that matter, and answers with the
/// upstream's status, content type and body; with a <see cref="MappingRecorder"/>, writes each exchange as a WireMock mapping.
/// An upstream that cannot be reached or does not answer in time is a 503 in the envelope.
/// </summary>
internal sealed class UpstreamProxy
{
    /// <summary>How long the upstream has to answer, headers and body.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The request headers forwarded (and recorded); <c>content-type</c> travels with the body.</summary>
    public static readonly IReadOnlyList<string> ForwardedHeaders = [ApiKey.Header, "accept", "prefer", "content-type"];

    // One client for the process: pooled connections, no cookies, no redirects followed, no decompression
    // (accept-encoding is not forwarded, so bodies arrive as they are).
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = 32 * 1024 * 1024,
    };

    private readonly Uri _upstream;
    private readonly string _basePath;
    private readonly MappingRecorder? _recorder;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly TimeSpan _timeout;

    public UpstreamProxy(Uri upstream, MappingRecorder? recorder, TimeProvider clock, ILogger logger, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        _upstream = upstream;
        _basePath = upstream.AbsolutePath.TrimEnd('/');
        _recorder = recorder;
        _clock = clock;
        _logger = logger;
        _timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>The upstream's host and port as messages name it (never its user info).</summary>
    public string Host => _upstream.Authority;

    /// <param name="request">The request as the routes see it.</param>
    /// <param name="encodedPath">The path as the client sent it, still percent-encoded, forwarded unchanged.</param>
    /// <param name="rawQuery">The query string as the client sent it (with or without its <c>?</c>), forwarded unchanged.</param>
    public async Task<ApiResponse> ForwardAsync(ApiRequest request, string encodedPath, string? rawQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (UpstreamUrl(encodedPath, rawQuery) is not { } url)
        {
            return ErrorCatalogue.RouteNotFound(request.Method, request.Path).ToResponse(_clock.GetUtcNow());
        }

        var forwarded = ForwardedHeaders
            .Select(name => (Name: name, Value: request.Header(name)))
            .Where(h => h.Value is not null)
            .Select(h => new KeyValuePair<string, string>(h.Name, h.Value!))
            .ToList();

        int status;
        List<KeyValuePair<string, string>> kept;
        byte[] body;
        using (var timeout = new CancellationTokenSource(_timeout))
        {
            try
            {
                using var message = BuildMessage(request, url, forwarded);
                using var answer = await Client.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
                body = await answer.Content.ReadAsByteArrayAsync(timeout.Token);
                status = (int)answer.StatusCode;
                kept = KeptHeaders(answer);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return Unavailable(request, $"did not answer within {_timeout.TotalSeconds:0.#} seconds");
            }
            catch (HttpRequestException ex)
            {
                return Unavailable(request, ex.Message);
            }
        }

        var contentType = kept.FirstOrDefault(h => h.Key == "content-type").Value;
        var response = new ApiResponse(status, body, contentType ?? "application/octet-stream");
        foreach (var (name, value) in kept.Where(h => h.Key != "content-type"))
        {
            response.WithHeader(name, value);
        }

        if (_recorder is not null)
        {
            await RecordAsync(request, encodedPath, status, kept, body);
        }

        return response;
    }

    /// <summary>The upstream URL for an encoded mock path under <c>/api/v2</c>; null when it would leave the upstream's base path.</summary>
    public Uri? UpstreamUrl(string path, string? rawQuery)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!RouteRegistration.IsApiPath(path))
        {
            return null;
        }

        // A decoded ? or # in the path is still part of the path.
        var rest = path[RouteRegistration.ApiPrefix.Length..].Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);
        var query = string.IsNullOrEmpty(rawQuery) ? "" : "?" + rawQuery.TrimStart('?');
        if (!Uri.TryCreate($"{_upstream.Scheme}://{_upstream.Authority}{_basePath}{rest}{query}", UriKind.Absolute, out var url))
        {
            return null;
        }

        var stays = url.AbsolutePath == _basePath || url.AbsolutePath.StartsWith(_basePath + "/", StringComparison.Ordinal);
        return stays && url.Authority == _upstream.Authority ? url : null;
    }

    private static HttpRequestMessage BuildMessage(ApiRequest request, Uri url, List<KeyValuePair<string, string>> headers)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
        var body = request.Body;
        var contentType = headers.FirstOrDefault(h => h.Key == "content-type").Value;
        if (body.Length > 0 || (contentType is not null && request.Method is not ("GET" or "HEAD")))
        {
            message.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                // As sent, even when it does not parse: the upstream decides what a bad content type gets.
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in headers.Where(h => h.Key != "content-type"))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private static List<KeyValuePair<string, string>> KeptHeaders(HttpResponseMessage answer)
    {
        var kept = new List<KeyValuePair<string, string>>();
        if (answer.Content.Headers.ContentType is { } contentType)
        {
            kept.Add(new("content-type", contentType.ToString()));
        }

        foreach (var name in RecordedMapping.KeptHeaders)
        {
            if (answer.Headers.TryGetValues(name, out var values) || answer.Content.Headers.TryGetValues(name, out values))
            {
                kept.Add(new(name, string.Join(", ", values)));
            }
        }

        return kept;
    }

    private ApiResponse Unavailable(ApiRequest request, string reason)
    {
        _logger.LogWarning("Upstream {Upstream} failed for {Method} {Path} (key {Key}): {Reason}",
            Host, request.Method, request.Path, ApiKey.Redact(request.Header(ApiKey.Header)), reason);
        return ErrorCatalogue.UpstreamUnavailable(Host).ToResponse(_clock.GetUtcNow());
    }

    private async Task RecordAsync(ApiRequest request, string encodedPath, int status, List<KeyValuePair<string, string>> headers, byte[] body)
    {
        var mapping = RecordedMapping.Create(request, status, headers, body, Host, _clock.GetUtcNow());
        try
        {
            await _recorder!.RecordAsync(mapping, request.Method, encodedPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The client still gets the upstream's answer; the missing file is reported.
            _logger.LogError("Recording {Method} {Path} into {Folder} failed: {Reason}", request.Method, request.Path, _recorder!.Folder, ex.Message);
        }
    }
}
