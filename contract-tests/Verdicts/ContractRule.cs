namespace BuenaMock.ContractTests.Verdicts;

/// <summary>One rule of the contract: a stable id (<c>documented.…</c> or <c>inferred.…</c>), its source and what it says.</summary>
public sealed record ContractRule(string Id, string Source, string Statement)
{
    /// <summary>The level, read from the id's prefix.</summary>
    public RuleLevel Level => Id.StartsWith("documented.", StringComparison.Ordinal) ? RuleLevel.Documented : RuleLevel.Inferred;

    public override string ToString() => Id;
}
