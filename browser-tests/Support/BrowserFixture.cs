namespace BuenaMock.BrowserTests.Support;

/// <summary>
/// One Playwright driver and one headless Chromium for the whole run; each test opens its own context
/// (fresh storage) against its own mock and closes it when done (<c>await using</c>). When Chromium is
/// missing, <see cref="Browser"/> is null and <see cref="NewContextAsync"/> skips the test with the reason,
/// or fails it when the browser is required.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Chromium.Find() is not { } executable)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh context, 1400 × 1000, with a 15 s default timeout; the caller disposes it.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (Browser is null)
        {
            if (Chromium.Required)
            {
                throw new InvalidOperationException(Chromium.MissingReason + $" ({Chromium.RequiredVariable}=1 makes its absence a failure).");
            }

            Assert.Skip(Chromium.MissingReason + ".");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
