namespace BuenaMock.Http;

/// <summary>What a route is for, which decides what the request pipeline applies to it.</summary>
internal enum RouteKind
{
    /// <summary>The mocked Buena.ai API: faults, rate limits and <c>Prefer</c> scenarios apply.</summary>
    Api,

    /// <summary>The contract documents under <c>/__buena</c>: always served as they are.</summary>
    Document,

    /// <summary>The <c>/__buena</c> control endpoints: behind <c>--admin-token</c>, removed by <c>--no-control</c>.</summary>
    Control,
}
