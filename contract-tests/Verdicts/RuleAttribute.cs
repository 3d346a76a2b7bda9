namespace BuenaMock.ContractTests.Verdicts;

/// <summary>
/// Names the one rule a test checks (an id of <see cref="RuleCatalog"/>). On a method, or on a class for all its
/// tests; a method's attribute wins.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class RuleAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
