using BuenaMock.ContractTests.Infrastructure;

namespace BuenaMock.ContractTests.Verdicts;

/// <summary>What happened to one test against the target.</summary>
public enum Verdict
{
    Passed,
    Failed,
    Deviation,
    Skipped,
}

/// <summary>One test's result, with what the report says of it: the rule, the last request it sent and what differed.</summary>
public sealed record TestOutcome(string Test, ContractRule Rule, Verdict Verdict, string? Reason, ContractResponse? Exchange, double Seconds)
{
    /// <summary>Reads the finished test from its context (called while the test class is disposed).</summary>
    public static TestOutcome? FromContext(ITestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TestState is not { } state || RuleGate.RuleOf(context.TestMethod as Xunit.v3.IXunitTestMethod) is not { } rule)
        {
            return null;
        }

        var exchange = RuleGate.Take(ContractClient.ExchangeKey) as ContractResponse;
        var deviation = RuleGate.Take(RuleGate.DeviationKey) as Deviation;
        var skip = RuleGate.Take(RuleGate.SkipKey) as string;
        var name = context.Test?.TestDisplayName ?? context.TestMethod?.MethodName ?? "(unknown test)";
        var seconds = (double)(state.ExecutionTime ?? 0);
        if (deviation is not null && state.Result == TestResult.Skipped)
        {
            return new TestOutcome(name, deviation.Rule, Verdict.Deviation, FailureText.Finding(deviation.Message), exchange, seconds);
        }

        return state.Result switch
        {
            TestResult.Passed => new TestOutcome(name, rule, Verdict.Passed, null, exchange, seconds),
            TestResult.Failed => new TestOutcome(name, rule, Verdict.Failed, FailureText.Finding(string.Join("\n", state.ExceptionMessages ?? [])), exchange, seconds),
            _ => new TestOutcome(name, rule, Verdict.Skipped, skip ?? "not run", exchange, seconds),
        };
    }
}
