using System.Globalization;
using System.Text;

namespace BuenaMock.ContractTests.Verdicts;

/// <summary>
/// The run as Markdown (<c>BUENA_CONTRACT_REPORT</c>): target, time, level, counts, then one entry per failure and
/// per deviation (rule, level, source, request with the key redacted, status, what differed) and the skips with reasons.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The line the mutation harness and scripts read the counts from.</summary>
    public const string CountsPrefix = "Counts: ";

    public static string Render(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = results.Outcomes;
        var documentedFailed = results.Count(RuleLevel.Documented, Verdict.Failed);
        var inferredFailed = results.Count(RuleLevel.Inferred, Verdict.Failed);
        var deviations = results.Count(RuleLevel.Inferred, Verdict.Deviation);
        var verdict = documentedFailed + inferredFailed == 0 ? "passed" : "failed";

        var md = new StringBuilder();
        md.AppendLine("# Contract verification").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- target: {results.Target}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- started: {results.Started:yyyy-MM-ddTHH:mm:ssZ}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- level: `{Name(results.Level)}` ({(results.Level == ContractLevel.Documented ? "only documented rules fail the run; an inferred rule that fails is a deviation" : "every rule fails the run")})");
        md.AppendLine(CultureInfo.InvariantCulture, $"- verdict: **{verdict}**").AppendLine();
        md.AppendLine("| rules | passed | failed | deviations | skipped |");
        md.AppendLine("| --- | --: | --: | --: | --: |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| documented | {results.Count(RuleLevel.Documented, Verdict.Passed)} | {documentedFailed} | — | {results.Count(RuleLevel.Documented, Verdict.Skipped)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| inferred | {results.Count(RuleLevel.Inferred, Verdict.Passed)} | {inferredFailed} | {deviations} | {results.Count(RuleLevel.Inferred, Verdict.Skipped)} |").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{CountsPrefix}documented-passed={results.Count(RuleLevel.Documented, Verdict.Passed)} documented-failed={documentedFailed} inferred-passed={results.Count(RuleLevel.Inferred, Verdict.Passed)} inferred-failed={inferredFailed} deviations={deviations} skipped={results.Skipped}").AppendLine();

        Section(md, "Failures", outcomes.Where(o => o.Verdict == Verdict.Failed));
        Section(md, "Deviations (inferred rules this target answers differently)", outcomes.Where(o => o.Verdict == Verdict.Deviation));

        var skipped = outcomes.Where(o => o.Verdict == Verdict.Skipped).ToList();
        if (skipped.Count > 0)
        {
            md.AppendLine("## Skipped").AppendLine();
            foreach (var outcome in skipped)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{outcome.Test}` ({outcome.Rule.Id}): {outcome.Reason}");
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    public static string Name(ContractLevel level) => level == ContractLevel.Documented ? "documented" : "inferred";

    private static void Section(StringBuilder md, string title, IEnumerable<TestOutcome> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
        foreach (var outcome in list)
        {
            var rule = outcome.Rule;
            md.AppendLine(CultureInfo.InvariantCulture, $"### `{rule.Id}` — {outcome.Test}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- rule: {rule.Statement}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- level: {(rule.Level == RuleLevel.Documented ? "documented" : "inferred")}; source: {rule.Source}");
            if (outcome.Exchange is { } exchange)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- request: `{exchange.Method} {exchange.Url}` (x-api-key: {exchange.RedactedKey})");
                md.AppendLine(CultureInfo.InvariantCulture, $"- status: {exchange.StatusCode}");
            }

            md.AppendLine("- what differed:").AppendLine().AppendLine("```text").AppendLine(outcome.Reason?.Trim()).AppendLine("```").AppendLine();
        }
    }
}
