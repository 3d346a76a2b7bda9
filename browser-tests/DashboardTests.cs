using System.Globalization;
using BuenaMock.BrowserTests.Support;

namespace BuenaMock.BrowserTests;

/// <summary>The dashboard in headless Chromium: what a person sees and does on it, against what the API answers.</summary>
public sealed class DashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Jobs_FirstUser_SameJobsAndStatisticsAsGetUserJobs()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();

        var expected = await Api.UserJobsAsync(mock);
        var ids = expected["data"]!["jobs"]!.AsArray().Select(j => (string)j!["id"]!).ToList();
        (await dashboard.JobIdsAsync()).Should().Equal(ids.Take(50), "the first page shows the API's first 50 jobs, in its order");
        (await dashboard.StatisticsAsync()).Should().Equal(StatisticsOf(expected));
        await Assertions.Expect(dashboard.Page.Locator("#page-info")).ToHaveTextAsync($"1–50 of {ids.Count}");

        // Filtering as the API filters.
        await dashboard.Page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("running");
        var running = await Api.UserJobsAsync(mock, "?status=running");
        var runningIds = running["data"]!["jobs"]!.AsArray().Select(j => (string)j!["id"]!).ToList();
        await dashboard.WaitForTotalAsync(runningIds.Count);
        (await dashboard.JobIdsAsync()).Should().Equal(runningIds);
        (await dashboard.StatisticsAsync()).Should().Equal(StatisticsOf(running));
        (await dashboard.Page.Locator("#jobs-body td.status").AllInnerTextsAsync()).Should().OnlyContain(s => s == "running");
    }

    [Fact]
    public async Task Metadata_ShowButton_ShowsTheJobsMetadata()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();
        var first = (await Api.UserJobsAsync(mock))["data"]!["jobs"]![0]!;

        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = $"Show metadata of {first["id"]}" }).ClickAsync();

        var shown = dashboard.Page.Locator("#jobs-body tr.detail-row pre");
        foreach (var (name, value) in first["metadata"]!.AsObject())
        {
            await Assertions.Expect(shown).ToContainTextAsync($"\"{name}\": {value!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task AdvanceClock_RunningJob_MovesToItsOutcomeOnScreen()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();
        var job = (await Api.UserJobsAsync(mock, "?status=running"))["data"]!["jobs"]![0]!;
        var id = (string)job["id"]!;
        await Assertions.Expect(dashboard.JobCell(id, "status")).ToHaveTextAsync("running");
        await Assertions.Expect(dashboard.JobCell(id, "completedAt")).ToHaveTextAsync("—");

        await dashboard.Page.GetByLabel("Advance by").FillAsync("1");
        await dashboard.Page.GetByLabel("Unit").SelectOptionAsync(new SelectOptionValue { Label = "days" });
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Advance", Exact = true }).ClickAsync();

        await Assertions.Expect(dashboard.ClockNow).ToHaveTextAsync("2026-01-16T12:00:00Z");
        await Assertions.Expect(dashboard.JobCell(id, "status")).ToHaveTextAsync(DashboardPage.Finished());
        var after = (await Api.UserJobsAsync(mock))["data"]!["jobs"]!.AsArray().Single(j => (string)j!["id"]! == id)!;
        await Assertions.Expect(dashboard.JobCell(id, "status")).ToHaveTextAsync((string)after["status"]!);
        await Assertions.Expect(dashboard.JobCell(id, "completedAt")).ToHaveTextAsync((string)after["completedAt"]!);
        await Assertions.Expect(dashboard.JobCell(id, "progress")).ToContainTextAsync($"{(int)after["progress"]!}%");
    }

    [Fact]
    public async Task ErrorRate_SetOnThePage_FaultsShowInTheJournal()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();

        await dashboard.Page.GetByLabel("Error rate").FillAsync("1");
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Apply faults" }).ClickAsync();
        await Assertions.Expect(dashboard.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Faults applied.");
        var statuses = new List<int?>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await Api.TryGetUserJobsAsync(mock));
        }

        statuses.Should().OnlyContain(s => s == 500 || s == 503, "every API request gets a fault at error rate 1");
        await Assertions.Expect(dashboard.JournalRows).ToHaveCountAsync(4);
        (await dashboard.Page.Locator("#journal-body td.fault").AllInnerTextsAsync()).Should().HaveCount(4).And.OnlyContain(f => f == "500" || f == "503");
        (await dashboard.JournalRows.Locator("td").Nth(2).InnerTextAsync()).Should().Be("/api/v2/users/jobs");

        // Back to the options: no faults.
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Reset faults to the options" }).ClickAsync();
        await Assertions.Expect(dashboard.Page.GetByLabel("Error rate")).ToHaveValueAsync("0");
        (await Api.TryGetUserJobsAsync(mock)).Should().Be(200);
    }

    [Fact]
    public async Task Journal_ClickARequest_ShowsItsDetails()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();
        (await Api.TryGetUserJobsAsync(mock)).Should().Be(200);

        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "GET /api/v2/users/jobs" }).ClickAsync();

        var detail = dashboard.Page.Locator("#journal-detail-body");
        await Assertions.Expect(detail).ToContainTextAsync("\"route\": \"jobs\"");
        await Assertions.Expect(detail).ToContainTextAsync("\"key\": \"bna_1111…\"");
        await Assertions.Expect(detail).ToContainTextAsync("\"status\": 200");
    }

    [Fact]
    public async Task Reset_AfterChanges_TheSeededJobsAreBack()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();
        var seeded = await dashboard.JobIdsAsync();
        var seededStatistics = await dashboard.StatisticsAsync();

        await dashboard.Page.GetByLabel("New job type").SelectOptionAsync("data_enrichment");
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Create job" }).ClickAsync();
        await Assertions.Expect(dashboard.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("created (pending)");
        await dashboard.WaitForTotalAsync(61);
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Advance", Exact = true }).ClickAsync();
        await Assertions.Expect(dashboard.ClockNow).ToHaveTextAsync("2026-01-15T12:10:00Z");
        (await dashboard.JobIdsAsync()).Should().NotEqual(seeded);

        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Reset the whole mock" }).ClickAsync();

        await Assertions.Expect(dashboard.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The mock is back to its seeded state.");
        await Assertions.Expect(dashboard.ClockNow).ToHaveTextAsync("2026-01-15T12:00:00Z");
        await dashboard.WaitForTotalAsync(60);
        (await dashboard.JobIdsAsync()).Should().Equal(seeded);
        (await dashboard.StatisticsAsync()).Should().Equal(seededStatistics);
    }

    [Fact]
    public async Task TenThousandJobs_OnePageOnScreenAndPagesMove()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start(o => o.JobsPerUser = 10_000);
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();

        (await dashboard.JobRows.CountAsync()).Should().BeLessThanOrEqualTo(50).And.BeGreaterThan(0);
        await Assertions.Expect(dashboard.Page.Locator("#page-info")).ToHaveTextAsync("1–50 of 10000");
        await Assertions.Expect(dashboard.Statistic("total")).ToHaveTextAsync("10000");
        var firstPage = await dashboard.JobIdsAsync();

        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();

        await Assertions.Expect(dashboard.Page.Locator("#page-info")).ToHaveTextAsync("51–100 of 10000");
        var secondPage = await dashboard.JobIdsAsync();
        secondPage.Should().HaveCount(50).And.NotIntersectWith(firstPage);
        var expected = (await Api.UserJobsAsync(mock))["data"]!["jobs"]!.AsArray().Skip(50).Take(50).Select(j => (string)j!["id"]!);
        secondPage.Should().Equal(expected);
    }

    [Fact]
    public async Task AdminToken_PageAsksForItAndSendsIt()
    {
        const string token = "dashboard-token";
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await using var mock = Api.Start(o => o.AdminToken = token);
        await DashboardPage.OpenAsync(page, mock);
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "The control API needs the admin token" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        (await page.Locator("#jobs-body tr").CountAsync()).Should().Be(0, "nothing is shown before the token");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Admin token" }).FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use token" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#token-error")).ToContainTextAsync("refused");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Admin token" }).FillAsync(token);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        var dashboard = await new DashboardPage(page).ReadyAsync();
        await dashboard.WaitForTotalAsync(60);
        (await page.EvaluateAsync<string>("sessionStorage.getItem('buenamock.adminToken')")).Should().Be(token);
    }

    [Fact]
    public async Task NoControl_PageNotServed()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await using var mock = Api.Start(o => o.ControlEnabled = false);

        var response = await page.GotoAsync(mock.Url + "/__buena/ui/");

        response!.Status.Should().Be(404);
        (await page.Locator("body").InnerTextAsync()).Should().Contain("NOT_FOUND");
    }

    [Fact]
    public async Task Keyboard_EveryControlLabelledAndReachableByTab()
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await using var mock = Api.Start();
        var dashboard = await (await DashboardPage.OpenAsync(tab, mock)).ReadyAsync();
        var page = dashboard.Page;

        // Every visible control has an accessible name (a label, aria-label or its text).
        var unnamed = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, button')]
              .filter(e => e.offsetParent !== null)
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
              .map(e => e.outerHTML)
            """);
        unnamed.Should().BeEmpty();

        // Tab from the top reaches the main controls, in the page's order.
        var reached = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }

        reached.Should().ContainInOrder("advance-amount", "advance-unit", "Advance", "set-at", "Set clock", "create-type", "create-status", "Create job",
            "reset-all", "fault-latency", "fault-rate", "Apply faults", "faults-reset", "limits-input", "user-select", "status-filter", "type-filter");

        // And a control works from the keyboard: focus Advance, press Enter.
        await page.GetByRole(AriaRole.Button, new() { Name = "Advance", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dashboard.ClockNow).ToHaveTextAsync("2026-01-15T12:10:00Z");
    }

    private static Dictionary<string, string> StatisticsOf(System.Text.Json.Nodes.JsonNode body) =>
        body["data"]!["statistics"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.ToJsonString().Trim('"'), StringComparer.Ordinal);
}
