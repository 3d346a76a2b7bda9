namespace BuenaMock.Faults;

/// <summary>
/// The faults an error rate chooses from. <c>500</c> and <c>503</c> answer in the error envelope before
/// the route runs; <c>empty</c> and <c>malformed</c> garble the route's real answer on the wire (so the
/// request did take effect); <c>reset</c> aborts the connection before anything is sent.
/// </summary>
public static class FaultKinds
{
    public const string Internal = "500";
    public const string Unavailable = "503";
    public const string Empty = "empty";
    public const string Malformed = "malformed";
    public const string Reset = "reset";

    public static IReadOnlyList<string> All { get; } = [Internal, Unavailable, Empty, Malformed, Reset];

    /// <summary>Whether the fault is applied to the route's own answer (the route runs first).</summary>
    public static bool GarblesAnswer(string? kind) => kind is Empty or Malformed;
}
