using System.Globalization;
using System.Xml.Linq;

namespace BuenaMock.ContractTests.Verdicts;

/// <summary>
/// JUnit XML of the run (<c>BUENA_CONTRACT_JUNIT</c>), one testcase per test, classname the rule id: failures with
/// what differed, skips and deviations with their reasons (the JUnit logger of <c>dotnet test</c> drops skip reasons).
/// </summary>
public static class JUnitReport
{
    public static string Render(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = results.Outcomes;
        var cases = outcomes.Select(o =>
        {
            var element = new XElement("testcase",
                new XAttribute("classname", o.Rule.Id),
                new XAttribute("name", o.Test),
                new XAttribute("time", o.Seconds.ToString("0.###", CultureInfo.InvariantCulture)));
            switch (o.Verdict)
            {
                case Verdict.Failed:
                    element.Add(new XElement("failure", new XAttribute("message", FirstLine(o.Reason)), new XAttribute("type", o.Rule.Level.ToString().ToLowerInvariant()), o.Reason ?? string.Empty));
                    break;
                case Verdict.Deviation:
                    element.Add(new XElement("skipped", new XAttribute("message", RuleGate.DeviationPrefix + o.Rule.Id + ": " + FirstLine(o.Reason)), o.Reason ?? string.Empty));
                    break;
                case Verdict.Skipped:
                    element.Add(new XElement("skipped", new XAttribute("message", o.Reason ?? string.Empty)));
                    break;
            }

            return element;
        });
        var suite = new XElement("testsuite",
            new XAttribute("name", "BuenaMock.ContractTests"),
            new XAttribute("tests", outcomes.Count),
            new XAttribute("failures", outcomes.Count(o => o.Verdict == Verdict.Failed)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", outcomes.Count(o => o.Verdict is Verdict.Skipped or Verdict.Deviation)),
            new XAttribute("timestamp", results.Started.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "target"), new XAttribute("value", results.Target)),
                new XElement("property", new XAttribute("name", "level"), new XAttribute("value", MarkdownReport.Name(results.Level)))),
            cases);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite)).ToString();
    }

    private static string FirstLine(string? text)
        => (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
}
