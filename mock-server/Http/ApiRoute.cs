using BuenaMock.Auth;

namespace BuenaMock.Http;

/// <summary>
/// A route: one method on one path template (<c>/api/v2/users/jobs/editJobMessage/{jobId}</c>).
/// A <c>{name}</c> segment matches one non-empty segment; one trailing slash is tolerated.
/// </summary>
internal sealed class ApiRoute
{
    private readonly string[] _segments;

    /// <summary>A route whose answer does not depend on the caller's key (documents, control routes).</summary>
    public ApiRoute(string method, string template, Func<ApiRequest, RouteValues, ApiResponse> handler)
        : this(method, template, (request, values, _) => handler(request, values))
    {
        ArgumentNullException.ThrowIfNull(handler);
    }

    /// <summary>An API route given the caller's key when one was sent and is usable (null otherwise).</summary>
    public ApiRoute(string method, string template, Func<ApiRequest, RouteValues, ApiKey?, ApiResponse> handler)
    {
        Method = method;
        Template = template;
        Handler = handler;
        _segments = template.Trim('/').Split('/');
    }

    public string Method { get; }

    /// <summary>Short name (<see cref="RouteNames"/>) used by per-route options and the journal.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the route needs of the caller's key, checked by the request pipeline before the handler; null: nothing.</summary>
    public RouteAccess? Access { get; init; }

    /// <summary>The permission the route needs (<c>Prefer: code=403</c> names it); null when it needs none.</summary>
    public string? Permission => Access?.Permission;

    /// <summary>API routes get faults, rate limits and scenarios; documents and control routes never do.</summary>
    public RouteKind Kind { get; init; } = RouteKind.Api;

    /// <summary>Further condition on the <c>{name}</c> values: a path that fails it is not this route's (404, not 405).</summary>
    public Func<RouteValues, bool>? Constraint { get; init; }

    /// <summary>True when the template has a <c>{name}</c> segment (matched after literal routes).</summary>
    public bool HasParameters => Template.Contains('{', StringComparison.Ordinal);

    public string Template { get; }

    /// <summary>The route's own checks and answer, given the request, its <c>{name}</c> values and the caller's key.</summary>
    public Func<ApiRequest, RouteValues, ApiKey?, ApiResponse> Handler { get; }

    /// <summary>
    /// An API route that needs what <paramref name="access"/> says: the request pipeline answers its
    /// refusal (401, the global-key 400, 403) before the handler runs, so the handler always has a key
    /// that may call it.
    /// </summary>
    public static ApiRoute Protected(string method, string template, string name, RouteAccess access, Func<ApiRequest, RouteValues, ApiKey, ApiResponse> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new ApiRoute(method, template, (request, values, key) => handler(request, values, key ?? throw new InvalidOperationException($"Route {name} ran without a key; the pipeline refuses it first.")))
        {
            Name = name,
            Access = access,
        };
    }

    /// <summary>Whether <paramref name="path"/> is this route's path, whatever the method.</summary>
    public bool Matches(string path) => TryMatch(path, out _);

    public bool TryMatch(string path, out RouteValues values)
    {
        values = RouteValues.Empty;
        if (string.IsNullOrEmpty(path) || path[0] != '/')
        {
            return false;
        }

        var trimmed = path.EndsWith('/') && path.Length > 1 ? path[1..^1] : path[1..];
        var parts = trimmed.Split('/');
        if (parts.Length != _segments.Length)
        {
            return false;
        }

        Dictionary<string, string>? captured = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{'))
            {
                if (parts[i].Length == 0)
                {
                    return false;
                }

                captured ??= new Dictionary<string, string>(StringComparer.Ordinal);
                captured[segment[1..^1]] = parts[i]; // WireMock hands over the path already decoded
            }
            else if (!string.Equals(segment, parts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        values = captured is null ? RouteValues.Empty : new RouteValues(captured);
        return Constraint is null || Constraint(values);
    }
}
