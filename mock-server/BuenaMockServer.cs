using BuenaMock.Auth;
using BuenaMock.Cors;
using BuenaMock.Documents;
using BuenaMock.Faults;
using BuenaMock.Health;
using BuenaMock.Http;
using BuenaMock.Https;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Recording;
using BuenaMock.Simulation;
using BuenaMock.Stubs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock.Logging;
using WireMock.Matchers.Request;
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
    private readonly GracefulStop _stop;
    private readonly StubWatcher? _watcher;
    private int _disposed;

    private readonly ILogger _logger;

    private BuenaMockServer(WireMockServer server, BuenaMockOptions options, JobStore store, KeyRing keys, Simulator simulator, FaultSettings faults, ILogger logger, IReadOnlyList<ApiRoute> routes, X509Certificate2? certificate, StubRegistry stubs, StubWatcher? watcher, GracefulStop stop)
    {
        Certificate = certificate;
        _server = server;
        _stop = stop;
        _logger = logger;
        Options = options;
        Store = store;
        Keys = keys;
        Clock = simulator.Clock;
        Simulator = simulator;
        Faults = faults;
        Stubs = stubs;
        _watcher = watcher;
        Routes = routes;
        Url = server.Urls[0];
        Port = server.Ports[0];
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public string Url { get; }

    /// <summary>The API's base URL, <see cref="Url"/> + <c>/api/v2</c>, as <c>https://api.buena.ai/api/v2</c> is for the real API.</summary>
    public string BaseUrl => Url + "/api/v2";

    public int Port { get; }

    public BuenaMockOptions Options { get; }

    internal JobStore Store { get; }

    public KeyRing Keys { get; }

    public VirtualClock Clock { get; }

    /// <summary>The API routes this server answers (the fallback 404 aside).</summary>
    internal IReadOnlyList<ApiRoute> Routes { get; }

    /// <summary>The fault configuration in force and its seeded draws.</summary>
    internal FaultSettings Faults { get; }

    /// <summary>The certificate served with <c>--https</c> (given or generated); null over plain HTTP.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>
    /// The user's stubs (WireMock mappings over the generated API): from <c>--mappings</c>, the admin API,
    /// or <see cref="Given"/>. A stub that matches a request answers it; the generated API answers the rest.
    /// </summary>
    public StubRegistry Stubs { get; }

    /// <summary>
    /// Adds a stub with WireMock.Net's builders, over the generated API:
    /// <c>mock.Given(Request.Create().WithPath("/api/v2/users/jobs").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));</c>
    /// Remove it with <c>Stubs.Remove(guid)</c>, or every stub with <c>Stubs.RemoveAll()</c>.
    /// </summary>
    public IRespondWithAProvider Given(IRequestMatcher request) => Stubs.Given(request);

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
        var state = options.StatePath is { } statePath ? StateFile.Load(statePath, message => options.Problem("state", statePath, message).ToString()) : null;
        var clock = new VirtualClock(time ?? TimeProvider.System, options.Clock, options.TimeScale ?? (options.Clock is null ? 1 : 0));
        var data = DataSet.Generate(options.Seed, clock.GetUtcNow(), options.Users, options.JobsPerUser, [.. options.UserIds]);
        var store = new JobStore(data);
        var keys = new KeyRing(KeyFactory.Create(options.Keys, data.Users, options.OriginOf("keys")));
        var simulator = new Simulator(options, clock, store, keys);
        if (state is not null)
        {
            simulator.Restore(state);
        }

        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("BuenaMock");
        var rateLimits = new RateLimiter(options.RateLimits);
        var faults = new FaultSettings(FaultConfiguration.From(options), options.Seed);
        var journal = new RequestJournal();
        var pipeline = new RequestPipeline(keys, rateLimits, faults, journal, simulator, options.AdminToken, logger, TimeProvider.System);

        // A reset puts the options' rate limits and faults back in force (counts and seeded draws
        // restarted) and empties the journal, as at a fresh start.
        simulator.OnReset(() =>
        {
            rateLimits.RestoreOptions();
            faults.RestoreOptions();
            journal.Clear();
        });

        // Proxy and replay are prepared before listening: a record folder that cannot be created or a
        // replay folder with a malformed recording stops the start (OptionsException).
        var upstream = options.Proxy is { } proxyUrl
            ? new UpstreamProxy(proxyUrl, options.RecordDirectory is { } record ? new MappingRecorder(RecordingWriter.Open(record)) : null, clock, logger)
            : null;
        var replay = options.ReplayDirectory is not null;
        var (stubFolder, stubOption) = StubOptions.Folder(options);
        var stubs = new StubRegistry(stubFolder, stubOption);

        // --https: the given certificate (a bad one stops the start) or one generated now.
        var certificate = HttpsCertificate.For(options, TimeProvider.System);
        WireMockPluginScan.SkipMimePartScan();
        var stop = new GracefulStop();
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"{(certificate is null ? "http" : "https")}://{UrlHost(options.Host)}:{options.Port}"],
            // /__admin is answered by Stubs/AdminApi (with --wiremock-admin), never by WireMock's own interface.
            StartAdminInterface = false,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            // Parsed so stubs can match a JSON body (JsonMatcher); the routes read the bytes, kept too.
            DisableJsonBodyParsing = false,
            DisableRequestBodyDecompressing = true,
            DisableDeserializeFormUrlEncoded = true,

            // The routes parse the query themselves (ApiRequest.Query); WireMock splits it on '&' so stubs
            // can match parameters. The queries its parser throws on are cleaned first (WireMockQuery).
            QueryParameterMultipleValueSupport = QueryParameterMultipleValueSupport.Ampersand,
            Logger = new WireMockNullLogger(),

            // First CORS (a preflight is answered there, before anything counts or journals it); then
            // the request limits (413/431/400 in the envelope before WireMock reads the request,
            // and no exception escapes to WireMock's handler, which would serialize it); then the
            // middleware that lets the "reset" fault abort the connection from inside a route; then the
            // stubs' (/__admin, the query WireMock can parse, the journal of stubbed answers); then the
            // docs page (Swagger UI's own middleware and assets).
            PreWireMockMiddlewareInit = app =>
            {
                stop.Capture((IApplicationBuilder)app);
                if (options.Cors)
                {
                    CrossOrigin.Use((IApplicationBuilder)app);
                }

                RequestLimits.Register(app, pipeline);
                ConnectionReset.Register(app);
                StubPipeline.Register(app, pipeline, options, stubs);
                DocsPage.DocsPage.Use((IApplicationBuilder)app);
            },
            AdditionalServiceRegistration = services =>
            {
                RequestLimits.ConfigureKestrel(services);
                if (certificate is not null)
                {
                    HttpsCertificate.Serve(services, certificate);
                }
                if (options.Cors)
                {
                    CrossOrigin.AddServices(services, options);
                }
            },
        });

        // The API: generated data, unless the server proxies to an upstream or replays recordings.
        var routes = new List<ApiRoute>();
        if (upstream is null && !replay)
        {
            routes.AddRange(JobRoutes.Create(store, simulator));
            routes.Add(HealthRoutes.Create(keys, simulator));
        }

        // The contract documents, always served.
        routes.AddRange(DocumentRoutes.Create(simulator));

        // The control endpoints under /__buena, unless --no-control.
        if (options.ControlEnabled)
        {
            routes.AddRange(ClockControlRoutes.Create(simulator));
            routes.AddRange(SimulationControlRoutes.Create(simulator, store));
            routes.AddRange(FaultControlRoutes.Create(faults, simulator));
            routes.AddRange(RateLimitRoutes.Create(rateLimits, simulator));
            routes.AddRange(JournalRoutes.Create(journal, simulator));
            routes.AddRange(Dashboard.DashboardRegistration.Create(store, simulator));
        }

        // One WireMock mapping for everything: the route is found in code. In proxy or replay mode,
        // API requests go to the upstream, or are a 404 when no recorded mapping took them.
        var unrouted = upstream is not null ? RecordingRoutes.Proxy(upstream)
            : replay ? RecordingRoutes.Unmatched(simulator)
            : null;
        server.MapRoutes(routes, pipeline, unrouted);

        // The user's stubs, over it: a mappings folder with a bad file stops the start.
        stubs.Attach(server);
        if (stubs.LoadFolder() is { Count: > 0 } problems)
        {
            server.Stop();
            throw new OptionsException(problems);
        }

        var watcher = options.WatchMappings && stubs.Folder is not null ? new StubWatcher(stubs, logger) : null;
        return new BuenaMockServer(server, options, store, keys, simulator, faults, logger, routes, certificate, stubs, watcher, stop);
    }

    /// <summary>The moving parts: clock control, job creation, reset and the state file.</summary>
    public Simulator Simulator { get; }

    /// <summary>Stops listening; with <c>--state</c>, saves the state first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _watcher?.Dispose();
        _stop.Drain();
        _server.Stop();
        try
        {
            Simulator.SaveState();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "The state could not be saved to {Path}", Options.StatePath);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static string UrlHost(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
