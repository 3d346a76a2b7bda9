namespace BuenaMock.Tests.Support;

/// <summary>One in-process server (seed 42, pinned clock, free port) shared by a class's tests that change nothing.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private BuenaMockServer? _mock;
    private HttpClient? _client;

    public BuenaMockServer Mock => _mock ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Client => _client ?? throw new InvalidOperationException("The fixture has not started.");

    public ValueTask InitializeAsync()
    {
        _mock = MockHttp.Start();
        _client = MockHttp.Client(_mock);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }
    }
}
