using BuenaMock.Auth;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.Simulation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace BuenaMock;

/// <summary>
/// A running mock of the Buena.ai jobs API. Start one in-process with
/// <c>await using var mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0 });</c> and point
/// clients at <see cref="BaseUrl"/>.
/// </summary>
public sealed class BuenaMockServer : IAsyncDisposable, IDisposable
{
    private readonly WireMockServer _server;

    private BuenaMockServer(WireMockServer server, MockContext context, VirtualClock clock, IReadOnlyList<ApiRoute> routes)
    {
        _server = server;
        Context = context;
        Clock = clock;
        Routes = routes;
        Url = server.Urls[0];
        Port = server.Ports[0];
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public string Url { get; }

    /// <summary>The API's base URL, <see cref="Url"/> + <c>/api/v2</c>, as <c>https://api.buena.ai/api/v2</c> is for the real API.</summary>
    public string BaseUrl => Url + "/api/v2";

    public int Port { get; }

    public BuenaMockOptions Options => Context.Options;

    public JobStore Store => Context.Store;

    public KeyRing Keys => Context.Keys;

    public VirtualClock Clock { get; }

    /// <summary>The API routes this server answers (the fallback 404 aside).</summary>
    public IReadOnlyList<ApiRoute> Routes { get; }

    internal MockContext Context { get; }

    /// <summary>
    /// Validates <paramref name="options"/> (throwing <see cref="OptionsException"/> listing every
    /// problem), generates the data and starts listening.
    /// </summary>
    public static BuenaMockServer Start(BuenaMockOptions? options = null, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        options ??= new BuenaMockOptions();
        OptionsValidator.ThrowIfInvalid(options);
        StartupFailure.ThrowIfPortTaken(options);

        var clock = new VirtualClock(time ?? TimeProvider.System, options.Clock, options.TimeScale ?? (options.Clock is null ? 1 : 0));
        var data = DataSet.Generate(options.Seed, clock.GetUtcNow(), options.Users, options.JobsPerUser, [.. options.UserIds]);
        var context = new MockContext
        {
            Options = options,
            Store = new JobStore(data),
            Keys = new KeyRing(KeyFactory.Create(options.Keys, data.Users)),
            Clock = clock,
            Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("BuenaMock"),
        };

        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://{UrlHost(options.Host)}:{options.Port}"],
            StartAdminInterface = options.WireMockAdmin,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            DisableJsonBodyParsing = true,
            DisableRequestBodyDecompressing = true,
            DisableDeserializeFormUrlEncoded = true,
            Logger = new WireMockNullLogger(),
        });

        // The API: generated data, unless the server proxies to an upstream or replays recordings.
        var routes = new List<ApiRoute>();
        routes.AddRange(JobRoutes.Create(context));
        routes.Add(HealthRoutes.Create(context));

        // The contract documents, always served.
        routes.AddRange(DocumentRoutes.Create(context));

        // The control endpoints under /__buena, unless --no-control.
        if (options.ControlEnabled)
        {
        }

        foreach (var route in routes)
        {
            server.MapRoute(route, context);
        }

        server.MapFallback(context);
        return new BuenaMockServer(server, context, clock, routes);
    }

    public void Dispose() => _server.Stop();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static string UrlHost(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
