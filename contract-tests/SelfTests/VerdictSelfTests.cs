using System.Reflection;
using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.SelfTests;

/// <summary>Offline: every contract test names a known rule, the levels parse strictly, and the reports say what happened.</summary>
public sealed class VerdictSelfTests
{
    private static readonly ContractResponse _exchange = new("GET", "http://127.0.0.1:1/api/v2/users/jobs?status=completed", SampleBodies.Key, 200, "application/json; charset=utf-8", "{}");

    [Fact]
    public void EveryContractTest_NamesOneRuleOfTheCatalogue()
    {
        // The tests that ask the target (asynchronous); an offline check of the suite's own files needs no rule.
        var tests = typeof(ContractTest).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ContractTest)))
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any() && m.ReturnType == typeof(Task)))
            .ToList();

        tests.Should().NotBeEmpty();
        var unnamed = tests.Where(m => (m.GetCustomAttribute<RuleAttribute>() ?? m.DeclaringType!.GetCustomAttribute<RuleAttribute>()) is not { } rule
            || !RuleCatalog.All.ContainsKey(rule.Id)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        unnamed.Should().BeEmpty("every contract test declares one rule of the catalogue");
    }

    [Fact]
    public void EveryRuleOfTheCatalogue_IsCheckedByATest()
    {
        var used = typeof(ContractTest).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => m.GetCustomAttribute<RuleAttribute>()).Append(t.GetCustomAttribute<RuleAttribute>()))
            .OfType<RuleAttribute>().Select(r => r.Id).ToHashSet();

        RuleCatalog.All.Keys.Except(used).Should().BeEmpty("a rule no test checks is a promise the suite does not keep");
    }

    [Fact]
    public void ContractDocument_ListsEveryRuleIdAndNoOther()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "contract.md"));
        var listed = System.Text.RegularExpressions.Regex.Matches(document, @"`((?:documented|inferred)\.[a-z-]+\.[a-z-]+)`").Select(m => m.Groups[1].Value).ToHashSet();

        listed.Should().BeEquivalentTo(RuleCatalog.All.Keys, "docs/contract.md lists every rule of the catalogue by its id, and no other");
    }

    [Fact]
    public void RuleCatalog_IdsSayTheirLevelAndHaveASource()
    {
        RuleCatalog.All.Values.Should().OnlyContain(r => (r.Id.StartsWith("documented.", StringComparison.Ordinal) || r.Id.StartsWith("inferred.", StringComparison.Ordinal))
            && r.Source.Length > 0 && r.Statement.Length > 0);
        RuleCatalog.All.Values.Where(r => r.Level == RuleLevel.Inferred).Should().OnlyContain(r => r.Source == "this project's contract");
    }

    [Theory]
    [InlineData(null, ContractLevel.Documented)]
    [InlineData("", ContractLevel.Documented)]
    [InlineData("documented", ContractLevel.Documented)]
    [InlineData("Inferred", ContractLevel.Inferred)]
    public void ParseLevel_KnownValues_AreRead(string? value, ContractLevel expected)
    {
        TargetConfiguration.ParseLevel(value).Should().Be(expected);
    }

    [Fact]
    public void ParseLevel_OtherValue_SaysWhichValuesExist()
    {
        var act = () => TargetConfiguration.FromVariables(name => name == "BUENA_CONTRACT_LEVEL" ? "strict" : null);

        act.Should().Throw<InvalidOperationException>().WithMessage("BUENA_CONTRACT_LEVEL 'strict' is not a level: use documented (the default*) or inferred (*");
    }

    [Fact]
    public void ReportPath_Relative_ResolvesFromTheShellsFolder()
    {
        var from = Path.GetTempPath();

        ReportPath.Resolve("results/contract.md", name => name == "PWD" ? from : null).Should().Be(Path.GetFullPath(Path.Combine(from, "results/contract.md")));
    }

    [Fact]
    public void MarkdownReport_FailureAndDeviation_NameRuleLevelSourceRequestAndFinding()
    {
        var results = new RunResults("http://127.0.0.1:1/api/v2", ContractLevel.Documented, new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        results.Add(new TestOutcome("FilterTest", RuleCatalog.Get(RuleCatalog.FilterStatus), Verdict.Failed, "Expected wrong to be empty, but found {\"job_d4\"}.", _exchange, 0.1));
        results.Add(new TestOutcome("StatisticsTest", RuleCatalog.Get(RuleCatalog.StatisticsScope), Verdict.Deviation, "Expected statistics.total to be 2, but found 25.", _exchange, 0.1));
        results.Add(new TestOutcome("RateTest", RuleCatalog.Get(RuleCatalog.RateLimitExceeded), Verdict.Skipped, "set BUENA_CONTRACT_RATE_LIMITS=1", null, 0));

        var markdown = MarkdownReport.Render(results);

        markdown.Should().Contain("- level: `documented`").And.Contain("verdict: **failed**")
            .And.Contain("Counts: documented-passed=0 documented-failed=1 inferred-passed=0 inferred-failed=0 deviations=1 skipped=1")
            .And.Contain("### `documented.jobs.filter-status` — FilterTest").And.Contain("source: Get User Jobs page")
            .And.Contain("request: `GET http://127.0.0.1:1/api/v2/users/jobs?status=completed` (x-api-key: bna_1234…)")
            .And.Contain("found {\"job_d4\"}")
            .And.Contain("## Deviations").And.Contain("### `inferred.statistics.scope` — StatisticsTest").And.Contain("found 25")
            .And.Contain("`RateTest` (documented.rate-limits.exceeded): set BUENA_CONTRACT_RATE_LIMITS=1");
        markdown.Should().NotContain(SampleBodies.Key);
    }

    [Fact]
    public void JUnitReport_DeviationAndSkip_CarryTheirReasons()
    {
        var results = new RunResults("http://127.0.0.1:1/api/v2", ContractLevel.Documented, new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        results.Add(new TestOutcome("StatisticsTest", RuleCatalog.Get(RuleCatalog.StatisticsScope), Verdict.Deviation, "Expected statistics.total to be 2, but found 25.", _exchange, 0.1));
        results.Add(new TestOutcome("RateTest", RuleCatalog.Get(RuleCatalog.RateLimitExceeded), Verdict.Skipped, "set BUENA_CONTRACT_RATE_LIMITS=1", null, 0));

        var xml = JUnitReport.Render(results);

        xml.Should().Contain("<skipped message=\"inferred rule differs: inferred.statistics.scope: Expected statistics.total to be 2, but found 25.\">")
            .And.Contain("<skipped message=\"set BUENA_CONTRACT_RATE_LIMITS=1\" />").And.Contain("tests=\"2\"").And.Contain("failures=\"0\"").And.Contain("skipped=\"2\"");
    }
}
