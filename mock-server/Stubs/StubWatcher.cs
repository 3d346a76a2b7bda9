using Microsoft.Extensions.Logging;

namespace BuenaMock.Stubs;

/// <summary>
/// <c>--watch-mappings</c>: reloads the mappings folder when a file in it (or in <c>__files/</c>)
/// changes, once the changes have been quiet for <see cref="Quiet"/>. A folder with a bad file is
/// not loaded: the stubs in force stay, and each problem is logged.
/// </summary>
internal sealed class StubWatcher : IDisposable
{
    /// <summary>How long the folder must be still before it is read: an editor saves in several steps.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly StubRegistry _stubs;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;

    public StubWatcher(StubRegistry stubs, ILogger logger)
    {
        _stubs = stubs;
        _logger = logger;
        _timer = new Timer(_ => Reload());
        _watcher = new FileSystemWatcher(stubs.Folder!)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private void Reload()
    {
        var problems = _stubs.ReloadFolder();
        foreach (var problem in problems)
        {
            _logger.LogError("Mappings not reloaded, the stubs in force stay: {Problem}", problem);
        }
    }
}
