using System.Globalization;
using System.Reflection;
using BuenaMock.Auth;
using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock;
using WireMock.Models;

namespace BuenaMock.Bench.Micro;

/// <summary>
/// The mock's parts as <c>BuenaMockServer.Start</c> wires them, at bench/run.sh's seed and pinned
/// clock, without listening: data, store, keys, simulator, pipeline and the jobs routes.
/// </summary>
internal sealed class MockFixture
{
    public const int Seed = 42;
    public const int Users = 3;

    /// <summary>The pinned clock of bench/run.sh (frozen: time scale 0).</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-15T12:00:00Z", CultureInfo.InvariantCulture);

    /// <summary>The filtered query of the issue: running LinkedIn actions of the last seven days.</summary>
    public static readonly JobQuery Filter = new(StartDate: Now.AddDays(-7).ToUnixTimeSeconds(), Status: JobStatuses.Running, Type: JobTypes.LinkedInAction);

    public static string FilterQueryString => string.Create(CultureInfo.InvariantCulture,
        $"?status={Filter.Status}&type={Filter.Type}&startDate={Filter.StartDate}");

    public MockFixture(int jobsPerUser)
    {
        Options = new BuenaMockOptions { Port = 0, Seed = Seed, Clock = Now, Users = Users, JobsPerUser = jobsPerUser };
        Clock = new VirtualClock(TimeProvider.System, Now, scale: 0);
        Data = DataSet.Generate(Seed, Now, Users, jobsPerUser);
        Store = new JobStore(Data);
        Keys = new KeyRing(KeyFactory.Create(Options.Keys, Data.Users));
        Simulator = new Simulator(Options, Clock, Store, Keys);
        Pipeline = new RequestPipeline(Keys, new RateLimiter(null), new FaultSettings(FaultConfiguration.None, Seed), new RequestJournal(), Simulator, adminToken: null, NullLogger.Instance, TimeProvider.System);
        JobsRoute = JobRoutes.Create(Store, Simulator).Single(r => r.Name == RouteNames.Jobs);
    }

    public BuenaMockOptions Options { get; }

    /// <summary>The frozen clock; a benchmark may move it forward to make every answer new.</summary>
    public VirtualClock Clock { get; }

    public DataSet Data { get; }

    public JobStore Store { get; }

    public KeyRing Keys { get; }

    public Simulator Simulator { get; }

    /// <summary>The request pipeline at default options (no limits, no faults), as the server builds it.</summary>
    public RequestPipeline Pipeline { get; }

    /// <summary><c>GET /api/v2/users/jobs</c>'s route, whose handler runs auth → parse → filter → statistics → serialise.</summary>
    public ApiRoute JobsRoute { get; }

    public static string UserId => DataSet.DocumentedUserId;

    /// <summary>The full key the requests send, as the pipeline hands it to a handler.</summary>
    public ApiKey Key => Keys.Authenticate(DefaultKeys.Full, Now)!;

    /// <summary>
    /// A request as WireMock hands it to a mapping: the full key in <c>x-api-key</c>. WireMock builds
    /// one per request in its middleware; its constructor is internal, so it is called by reflection
    /// (once, at setup: the benchmarks reuse the message).
    /// </summary>
    public static IRequestMessage Get(string pathAndQuery)
    {
        object?[] arguments =
        [
            new UrlDetails(new Uri("http://127.0.0.1:5080" + pathAndQuery)),
            "GET",
            "127.0.0.1",
            null,
            new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase) { [ApiKey.Header] = [DefaultKeys.Full] },
            null,
        ];
        return (IRequestMessage)Activator.CreateInstance(typeof(RequestMessage), BindingFlags.Instance | BindingFlags.NonPublic, null, arguments, CultureInfo.InvariantCulture)!;
    }
}
