// What one request costs the mock, in figures that hold on a loaded machine: bytes allocated and CPU
// time per request. The mock runs in this process; blocking sockets on dedicated threads load it (they
// allocate nothing per request, and their own CPU time is read and subtracted), so the process's
// allocations and the rest of its CPU time are the server's.
//
//   dotnet run -c Release --project bench/RequestCost -- [--requests N] [--connections C] [--rounds R]
//       [--warmup N] [--path /api/v2/users/jobs] [--header 'Name: value'] [--set Option=value] [--stub JSON]
//
// --set sets a BuenaMockOptions property by name (Cors=false, WireMockAdmin=true, JobsPerUser=100000);
// --stub adds a stub document through mock.Stubs.Add before the runs. Prints one line per round and
// the medians.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using BuenaMock;
using BuenaMock.Bench.RequestCost;
using BuenaMock.Options;

var requests = 100_000;
var connections = 16;
var rounds = 5;
var warmup = 100_000;
var path = "/api/v2/users/jobs";
var headers = new List<string> { "x-api-key: bna_" + new string('1', 64) };
var settings = new List<(string Name, string Value)>();
var stubs = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--requests": requests = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--connections": connections = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--rounds": rounds = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--warmup": warmup = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--path": path = value; break;
        case "--header": headers.Add(value); break;
        case "--set": settings.Add((value.Split('=', 2)[0], value.Split('=', 2)[1])); break;
        case "--stub": stubs.Add(value); break;
        default: throw new ArgumentException($"unknown argument {args[i]}");
    }

    i++;
}

var options = new BuenaMockOptions { Port = 0, Host = "127.0.0.1", Seed = 42, Clock = DateTimeOffset.Parse("2026-01-15T12:00:00Z", CultureInfo.InvariantCulture) };
foreach (var (name, text) in settings)
{
    var property = typeof(BuenaMockOptions).GetProperty(name) ?? throw new ArgumentException($"BuenaMockOptions has no property {name}");
    var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    property.SetValue(options, Convert.ChangeType(text, type, CultureInfo.InvariantCulture));
}

await using var mock = BuenaMockServer.Start(options);
foreach (var stub in stubs)
{
    // Through reflection: the harness also builds against versions of the server without stubs.
    var registry = typeof(BuenaMockServer).GetProperty("Stubs")?.GetValue(mock) ?? throw new InvalidOperationException("this server has no Stubs");
    Console.WriteLine($"stub: {registry.GetType().GetMethod("Add")!.Invoke(registry, [stub])}");
}

var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{mock.Port}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n");
var endpoint = new IPEndPoint(IPAddress.Loopback, mock.Port);
var first = Load.Run(endpoint, request, 1, 1);
Console.WriteLine($"GET {path} → {first.Status}, {first.Bytes} bytes; {connections} connections, {requests} requests per round; options: {string.Join(' ', settings.Select(s => s.Name + "=" + s.Value))}");

Load.Run(endpoint, request, connections, Math.Max(warmup, connections)); // warm-up: until tiered JIT has (mostly) finished
var bytes = new List<double>();
var cpu = new List<double>();
var rates = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var gcBefore = GC.CollectionCount(0);
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var result = Load.Run(endpoint, request, connections, requests);
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    process.Refresh();
    var serverCpu = process.TotalProcessorTime - cpuBefore - result.ClientCpu;
    bytes.Add((double)allocated / requests);
    cpu.Add(serverCpu.TotalMicroseconds / requests);
    rates.Add(requests / result.Elapsed.TotalSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  round {round}: {bytes[^1],8:F0} B/request  {cpu[^1],6:F1} µs CPU/request (client {result.ClientCpu.TotalMicroseconds / requests:F1} µs excluded)  {GC.CollectionCount(0) - gcBefore,4} gen0 GCs  {rates[^1],7:F0} req/s"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median: {Median(bytes):F0} B/request, {Median(cpu):F1} µs CPU/request (lowest {cpu.Min():F1}), {Median(rates):F0} req/s"));
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
