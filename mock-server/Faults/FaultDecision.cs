namespace BuenaMock.Faults;

/// <summary>What the fault settings chose for one request: milliseconds to hold it back, and a fault (<see cref="FaultKinds"/>) or null.</summary>
public readonly record struct FaultDecision(int DelayMs, string? Fault)
{
    public static FaultDecision None { get; } = new(0, null);
}
