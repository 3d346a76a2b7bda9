namespace BuenaMock.Http;

/// <summary>The values of a route's <c>{name}</c> segments.</summary>
internal sealed class RouteValues(IReadOnlyDictionary<string, string> values)
{
    public static RouteValues Empty { get; } = new(new Dictionary<string, string>());

    public string this[string name] => values[name];
}
