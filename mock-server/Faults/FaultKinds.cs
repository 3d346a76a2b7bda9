namespace BuenaMock.Faults;

/// <summary>
/// The one list of fault names, as <c>--error-kinds</c>, the config file, <c>/__buena/faults</c> and the
/// journal spell them: <c>500</c>, <c>503</c>, <c>empty</c>, <c>malformed</c>, <c>reset</c>.
/// </summary>
internal static class FaultKinds
{
    private static readonly string[] Names = ["500", "503", "empty", "malformed", "reset"];

    /// <summary>Every name, comma separated, as error messages list them.</summary>
    public static string List => string.Join(", ", Names);

    public static string Name(this FaultKind kind) => Names[(int)kind];

    public static bool TryParse(string? name, out FaultKind kind)
    {
        var index = Array.IndexOf(Names, name);
        kind = index < 0 ? default : (FaultKind)index;
        return index >= 0;
    }

    /// <summary>Whether the fault is applied to the route's own answer (the route runs first).</summary>
    public static bool GarblesAnswer(FaultKind? kind) => kind is FaultKind.Empty or FaultKind.Malformed;
}
