using System.Globalization;
using BuenaMock;
using BuenaMock.Mutants;
using BuenaMock.Options;

// The mutation score of the contract suite: the mock (pinned clock) behind a fault-injecting proxy, the suite run
// once per mutant at the inferred level, the verdict per level read from its report.
//   dotnet run --project contract-tests/mutants -c Release -- [--only name,name] [--iterations N] [--results DIR] [--suite DLL]
// --suite runs another build of the suite (default: contract-tests/bin/Release/net10.0/BuenaMock.ContractTests.dll).
var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var iterations = int.TryParse(Option("--iterations"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10;
var root = FindRoot();
var suite = Option("--suite") ?? Path.Combine(root, "contract-tests", "bin", "Release", "net10.0", "BuenaMock.ContractTests.dll");
var results = Path.GetFullPath(Option("--results") ?? Path.Combine(root, "artifacts", "mutants"));
if (!File.Exists(suite))
{
    Console.Error.WriteLine($"The contract suite is not built at {suite}: run dotnet build contract-tests -c Release first.");
    return 2;
}

var unknown = only?.Where(name => name != MutantCatalog.InferredOnly.Name && MutantCatalog.All.All(m => m.Name != name)).ToList() ?? [];
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown mutants: {string.Join(", ", unknown)}. Known: {string.Join(", ", MutantCatalog.All.Select(m => m.Name))}, {MutantCatalog.InferredOnly.Name}.");
    return 2;
}

Directory.CreateDirectory(results);
await using var mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0, Clock = new DateTimeOffset(2024, 1, 20, 15, 30, 0, TimeSpan.Zero) });
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
await using var proxy = await FaultProxy.StartAsync(http, mock.Url);
var runner = new SuiteRun(suite, results, iterations);
var problems = new List<string>();
Console.WriteLine($"mock {mock.BaseUrl}, proxy {proxy.BaseUrl}, {iterations} cases per property, reports in {results}");

async Task<SuiteCounts?> RunAsync(Mutant? mutant, string level)
{
    using (var reset = await http.PostAsync(new Uri(mock.Url + "/__buena/reset"), content: null))
    {
        reset.EnsureSuccessStatusCode();
    }

    proxy.Active = mutant;
    return await runner.RunAsync(mutant?.Name ?? "none", proxy.BaseUrl, level);
}

var baseline = await RunAsync(null, "inferred");
Console.WriteLine($"baseline (no fault): {baseline?.ToString() ?? "no report"}");
if (baseline is not { Failed: 0 })
{
    problems.Add("the suite fails against the unchanged mock, so no score means anything");
}

var killed = 0;
var mutants = MutantCatalog.All.Where(m => only is null || only.Contains(m.Name)).ToList();
foreach (var mutant in mutants)
{
    var counts = await RunAsync(mutant, "inferred");
    string verdict;
    if (counts is null)
    {
        verdict = "ERROR (no report; see the log)";
        problems.Add($"{mutant.Name}: the suite wrote no report");
    }
    else if (mutant.Level == Mutant.Documented ? counts.DocumentedFailed > 0 : counts.Failed > 0)
    {
        killed++;
        verdict = "killed";
        if (mutant.Level == Mutant.Inferred && counts.DocumentedFailed > 0)
        {
            verdict += " (but a documented rule failed too: a documented rule depends on an inferred one)";
            problems.Add($"{mutant.Name}: an inferred fault fails documented rules");
        }
    }
    else
    {
        verdict = "SURVIVED";
        problems.Add($"{mutant.Name} survived");
    }

    Console.WriteLine($"{verdict,-9} {mutant.Level,-10} {mutant.Name,-32} {mutant.Fault} [{counts}]");
}

Console.WriteLine($"mutation score: {killed}/{mutants.Count} killed");
var survivors = problems.Where(p => p.EndsWith(" survived", StringComparison.Ordinal)).ToList();
if (survivors.Count > 0)
{
    Console.WriteLine($"survivors: {string.Join(", ", survivors.Select(s => s[..^" survived".Length]))}");
}

if (only is null || only.Contains(MutantCatalog.InferredOnly.Name))
{
    var atDefault = await RunAsync(MutantCatalog.InferredOnly, "documented");
    var atInferred = await RunAsync(MutantCatalog.InferredOnly, "inferred");
    var passesDefault = atDefault is { Failed: 0, Deviations: > 0 };
    var failsInferred = atInferred is { Failed: > 0, DocumentedFailed: 0 };
    Console.WriteLine($"{MutantCatalog.InferredOnly.Name} ({MutantCatalog.InferredOnly.Fault}):");
    Console.WriteLine($"  default level:  {(passesDefault ? "passes with deviations" : "WRONG")} [{atDefault}]");
    Console.WriteLine($"  inferred level: {(failsInferred ? "fails on inferred rules only" : "WRONG")} [{atInferred}]");
    if (!passesDefault || !failsInferred)
    {
        problems.Add($"{MutantCatalog.InferredOnly.Name}: must pass the default level with deviations and fail the inferred level");
    }
}

foreach (var problem in problems)
{
    Console.WriteLine($"problem: {problem}");
}

return problems.Count == 0 ? 0 : 1;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindRoot()
{
    for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "BuenaMock.sln")))
        {
            return folder.FullName;
        }
    }

    return Environment.CurrentDirectory;
}
