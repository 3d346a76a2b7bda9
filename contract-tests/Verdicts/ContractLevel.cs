namespace BuenaMock.ContractTests.Verdicts;

/// <summary>Which rules fail the run (<c>BUENA_CONTRACT_LEVEL</c>).</summary>
public enum ContractLevel
{
    /// <summary>The default: only documented rules fail; an inferred rule that fails is a deviation.</summary>
    Documented,

    /// <summary>Every rule fails the run (CI judges the mock this way).</summary>
    Inferred,
}
