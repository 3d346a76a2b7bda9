namespace BuenaMock.Stubs;

/// <summary>The outcome of adding stubs: the ids added, or why nothing was.</summary>
public sealed record StubChange(IReadOnlyList<Guid> Guids, string? Problem)
{
    public bool Succeeded => Problem is null;

    internal static StubChange Added(IReadOnlyList<Guid> guids) => new(guids, null);

    internal static StubChange Refused(string problem) => new([], problem);
}
