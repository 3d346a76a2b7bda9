using System.Reflection;
using FluentAssertions.Common;
using Xunit.v3;

namespace BuenaMock.ContractTests.Verdicts;

/// <summary>
/// Decides what a failed assertion means. Every FluentAssertions failure passes through here (its
/// <c>Services.ThrowException</c> hook): under an inferred rule at <see cref="ContractLevel.Documented"/> it becomes
/// a skip whose reason starts <c>inferred rule differs:</c> (a deviation: reported, the run still passes); otherwise it
/// fails the test as usual.
/// </summary>
public static class RuleGate
{
    /// <summary>The prefix of every deviation's skip reason.</summary>
    public const string DeviationPrefix = "inferred rule differs: ";

    internal const string DeviationKey = "buena.deviation";
    internal const string SkipKey = "buena.skip";

    private static int _installed;

    /// <summary>The level of the current run (set once by the target fixture).</summary>
    public static ContractLevel Level { get; set; } = ContractLevel.Documented;

    /// <summary>Routes every FluentAssertions failure through the gate (once per process).</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            var fail = Services.ThrowException;
            Services.ThrowException = message => Fail(message, fail);
        }
    }

    /// <summary>The rule the running test checks (its <see cref="RuleAttribute"/>); null outside a rule.</summary>
    public static ContractRule? CurrentRule => RuleOf(TestContext.Current.TestMethod as IXunitTestMethod);

    /// <summary>The rule a test method declares (on itself or its class), or null.</summary>
    public static ContractRule? RuleOf(IXunitTestMethod? method)
    {
        var info = method?.Method;
        var id = info?.GetCustomAttribute<RuleAttribute>()?.Id ?? info?.DeclaringType?.GetCustomAttribute<RuleAttribute>()?.Id;
        return id is null ? null : RuleCatalog.Get(id);
    }

    /// <summary>Skips the running test with <paramref name="reason"/>, kept for the report.</summary>
    public static void Skip(string reason)
    {
        Keep(SkipKey, reason);
        Assert.Skip(reason);
    }

    /// <summary>Keeps a value for the running test (the context's storage is shared by the whole run, so it is keyed by test).</summary>
    public static void Keep(string key, object value) => TestContext.Current.KeyValueStorage[Slot(key)] = value;

    /// <summary>Takes back what <see cref="Keep"/> kept for the running test, or null.</summary>
    public static object? Take(string key) => TestContext.Current.KeyValueStorage.TryRemove(Slot(key), out var value) ? value : null;

    private static string Slot(string key) => $"{key}/{TestContext.Current.Test?.UniqueID}";

    private static void Fail(string message, Action<string> fail)
    {
        if (CurrentRule is { Level: RuleLevel.Inferred } rule && Level == ContractLevel.Documented)
        {
            Keep(DeviationKey, new Deviation(rule, message));
            Assert.Skip($"{DeviationPrefix}{rule.Id}: {OneLine(FailureText.Finding(message), 400)}");
        }

        fail(message);
    }

    private static string OneLine(string text, int max)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= max ? line : line[..max] + "…";
    }
}

/// <summary>An inferred rule that failed at the documented level, with the assertion's message.</summary>
internal sealed record Deviation(ContractRule Rule, string Message);
