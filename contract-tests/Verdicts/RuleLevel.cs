namespace BuenaMock.ContractTests.Verdicts;

/// <summary>Where a rule comes from, and so what breaking it means.</summary>
public enum RuleLevel
{
    /// <summary>A public Buena page says it: a server that breaks it breaks the contract.</summary>
    Documented,

    /// <summary>This project's decision where no page speaks: a server that differs deviates.</summary>
    Inferred,
}
