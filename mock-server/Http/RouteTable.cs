namespace BuenaMock.Http;

/// <summary>
/// The routes a server answers, looked up by path in code: literal templates first, then those with
/// <c>{name}</c> segments. Routes that share a template (GET and PUT <c>/__buena/faults</c>) form one
/// entry, told apart by method.
/// </summary>
internal sealed class RouteTable
{
    private readonly ApiRoute[][] _groups;

    public RouteTable(IEnumerable<ApiRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _groups = routes
            .GroupBy(r => r.Template, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .OrderBy(g => g[0].HasParameters)
            .ToArray();
    }

    /// <summary>The routes whose template matches <paramref name="path"/> (any method), or null when none does.</summary>
    public ApiRoute[]? Find(string path)
    {
        foreach (var group in _groups)
        {
            if (group[0].Matches(path))
            {
                return group;
            }
        }

        return null;
    }
}
