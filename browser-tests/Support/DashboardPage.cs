using System.Text.RegularExpressions;

namespace BuenaMock.BrowserTests.Support;

/// <summary>The dashboard as a person sees it: what its job table, statistics, clock and journal show.</summary>
internal sealed partial class DashboardPage(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<DashboardPage> OpenAsync(IPage page, BuenaMockServer mock)
    {
        var dashboard = new DashboardPage(page);
        var response = await page.GotoAsync(mock.Url + "/__buena/ui/");
        response!.Status.Should().Be(200);
        return dashboard;
    }

    /// <summary>Waits until the page has loaded its data once.</summary>
    public async Task<DashboardPage> ReadyAsync()
    {
        await Page.Locator("body[data-ready='true']").WaitForAsync();
        return this;
    }

    public ILocator JobRows => Page.Locator("#jobs-body tr[data-job-id]");

    public ILocator JobRow(string jobId) => Page.Locator($"#jobs-body tr[data-job-id='{jobId}']");

    public ILocator JournalRows => Page.Locator("#journal-body tr");

    public ILocator Statistic(string name) => Page.Locator("#stat-" + name);

    public ILocator ClockNow => Page.Locator("#clock-now");

    /// <summary>The ids of the job rows on screen, top to bottom.</summary>
    public async Task<IReadOnlyList<string>> JobIdsAsync() =>
        await JobRows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.jobId)");

    /// <summary>The statistics as shown: name → text.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StatisticsAsync()
    {
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "total", "pending", "running", "completed", "failed", "successRate" })
        {
            shown[name] = await Statistic(name).InnerTextAsync();
        }

        return shown;
    }

    /// <summary>The text of one cell of a job's row, by column name.</summary>
    public ILocator JobCell(string jobId, string column) =>
        JobRow(jobId).Locator("td").Nth(Array.IndexOf(JobColumns, column));

    /// <summary>Waits until the statistics show the data the page last loaded for these filters.</summary>
    public Task WaitForTotalAsync(int total) =>
        Assertions.Expect(Statistic("total")).ToHaveTextAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static readonly string[] JobColumns = ["id", "type", "status", "progress", "message", "createdAt", "completedAt", "metadata"];

    [GeneratedRegex("^(completed|failed)$")]
    public static partial Regex Finished();
}
