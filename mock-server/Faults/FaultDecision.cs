namespace BuenaMock.Faults;

/// <summary>What the fault settings chose for one request: milliseconds to hold it back, and a fault (<see cref="FaultKind"/>) or null.</summary>
internal readonly record struct FaultDecision(int DelayMs, FaultKind? Fault)
{
    public static FaultDecision None { get; } = new(0, null);
}
