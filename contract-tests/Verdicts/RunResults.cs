using System.Collections.Concurrent;

namespace BuenaMock.ContractTests.Verdicts;

/// <summary>The outcomes of one run, gathered as tests finish; the reports are written from them when the run ends.</summary>
public sealed class RunResults
{
    private readonly ConcurrentQueue<TestOutcome> _outcomes = new();

    public RunResults(string target, ContractLevel level, DateTimeOffset started)
    {
        Target = target;
        Level = level;
        Started = started;
    }

    public string Target { get; }

    public ContractLevel Level { get; }

    public DateTimeOffset Started { get; }

    /// <summary>Every outcome so far, in a stable order (by test name).</summary>
    public IReadOnlyList<TestOutcome> Outcomes => [.. _outcomes.OrderBy(o => o.Test, StringComparer.Ordinal)];

    public void Add(TestOutcome outcome) => _outcomes.Enqueue(outcome);

    /// <summary>Counts of one level's outcomes by verdict.</summary>
    public int Count(RuleLevel level, Verdict verdict) => _outcomes.Count(o => o.Rule.Level == level && o.Verdict == verdict);

    public int Skipped => _outcomes.Count(o => o.Verdict == Verdict.Skipped);
}
