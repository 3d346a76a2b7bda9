using BuenaMock.Auth;
using BuenaMock.Documents;
using BuenaMock.Faults;
using BuenaMock.Health;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Recording;
using BuenaMock.Simulation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;

namespace BuenaMock;

/// <summary>
/// A running mock of the Buena.ai jobs API. Start one in-process with
/// <c>await using var mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0 });</c> and point
/// clients at <see cref="BaseUrl"/>.
/// </summary>
public sealed class BuenaMockServer : IAsyncDisposable, IDisposable
{
    private readonly WireMockServer _server;
    private int _disposed;

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

        // A state file is read before anything listens: a corrupt one stops the start.
        var state = options.StatePath is { } statePath ? StateFile.Load(statePath) : null;
        var clock = new VirtualClock(time ?? TimeProvider.System, options.Clock, options.TimeScale ?? (options.Clock is null ? 1 : 0));
        var data = DataSet.Generate(options.Seed, clock.GetUtcNow(), options.Users, options.JobsPerUser, [.. options.UserIds]);
        var store = new JobStore(data);
        var keys = new KeyRing(KeyFactory.Create(options.Keys, data.Users));
        var simulator = new Simulator(options, clock, store, keys);
        if (state is not null)
        {
            simulator.Restore(state);
        }

        var context = new MockContext
        {
            Options = options,
            Store = store,
            Keys = keys,
            Clock = clock,
            Simulator = simulator,
            Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("BuenaMock"),
            RateLimits = new RateLimiter(options.RateLimits),
            Faults = new FaultSettings(FaultConfiguration.From(options), options.Seed),
        };

        // A reset puts the options' rate limits and faults back in force (counts and seeded draws
        // restarted) and empties the journal, as at a fresh start.
        simulator.OnReset(() =>
        {
            context.RateLimits.Replace(options.RateLimits);
            context.Faults.Replace(FaultConfiguration.From(options));
            context.Journal.Clear();
        });

        // Proxy and replay are prepared before listening: a record folder that cannot be created or a
        // replay folder with a malformed recording stops the start (OptionsException).
        var upstream = options.Proxy is { } proxyUrl
            ? new UpstreamProxy(proxyUrl, options.RecordDirectory is { } record ? RecordingWriter.Open(record) : null, context.Clock, context.Logger)
            : null;
        var replay = options.ReplayDirectory is { } replayDirectory ? ReplayCatalogue.Load(replayDirectory) : null;

        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://{UrlHost(options.Host)}:{options.Port}"],
            StartAdminInterface = options.WireMockAdmin,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            DisableJsonBodyParsing = true,
            DisableRequestBodyDecompressing = true,
            DisableDeserializeFormUrlEncoded = true,

            // The routes parse the query themselves (ApiRequest.Query). WireMock's own parser throws on
            // parameter names that differ only in case (?status=a&STATUS=b); with None it keeps the whole
            // query as one entry. (RequestLimits drops the one query it still throws on: only '='.)
            QueryParameterMultipleValueSupport = QueryParameterMultipleValueSupport.None,
            Logger = new WireMockNullLogger(),

            // First the request limits (413/431/400 in the envelope before WireMock reads the request,
            // and no exception escapes to WireMock's handler, which would serialize it); then the
            // middleware that lets the "reset" fault abort the connection from inside a route.
            PreWireMockMiddlewareInit = app =>
            {
                RequestLimits.Register(app, context);
                ConnectionReset.Register(app);
            },
            AdditionalServiceRegistration = RequestLimits.ConfigureKestrel,
        });

        // The API: generated data, unless the server proxies to an upstream or replays recordings.
        var routes = new List<ApiRoute>();
        if (upstream is null && replay is null)
        {
            routes.AddRange(JobRoutes.Create(context));
            routes.Add(HealthRoutes.Create(context));
        }

        // The contract documents, always served.
        routes.AddRange(DocumentRoutes.Create(context));

        // The control endpoints under /__buena, unless --no-control.
        if (options.ControlEnabled)
        {
            routes.AddRange(ClockControlRoutes.Create(context, simulator));
            routes.AddRange(SimulationControlRoutes.Create(context, simulator));
            routes.AddRange(FaultControlRoutes.Create(context));
            routes.AddRange(RateLimitRoutes.Create(context));
            routes.AddRange(JournalRoutes.Create(context));
        }

        // One WireMock mapping for everything: the route is found in code. In proxy or replay mode,
        // API requests go to the upstream or the recordings.
        var unrouted = upstream is not null ? RecordingRoutes.Proxy(upstream)
            : replay is not null ? RecordingRoutes.Replay(context, replay)
            : null;
        server.MapRoutes(routes, context, unrouted);
        return new BuenaMockServer(server, context, clock, routes);
    }

    /// <summary>The moving parts: clock control, job creation, reset and the state file.</summary>
    public Simulator Simulator => Context.Simulator!;

    /// <summary>Stops listening; with <c>--state</c>, saves the state first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _server.Stop();
        try
        {
            Simulator.SaveState();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Context.Logger.LogError(ex, "The state could not be saved to {Path}", Options.StatePath);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static string UrlHost(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
