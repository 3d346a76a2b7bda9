// The floor of a WireMock-based mock: WireMock.Net with the settings BuenaMockServer uses (no admin
// interface, request log off, no body parsing) and one callback mapping that answers every request
// with one pre-read payload, as the mock's callbacks answer with a cached body. With --mappings N,
// N - 1 mappings whose path predicate never matches are registered first, as the mock's other routes
// are: WireMock checks every mapping on every request.
//
//   dotnet bench/WireMockFloor/bin/Release/net10.0/BuenaMock.Bench.WireMockFloor.dll <payload-file> <port> [--mappings N]
using System.Globalization;
using System.Runtime.InteropServices;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

var mappings = 1;
if (args.Length is not (2 or 4) || !File.Exists(args[0])
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535
    || (args.Length == 4 && (args[2] != "--mappings" || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out mappings) || mappings < 1)))
{
    Console.Error.WriteLine("usage: BuenaMock.Bench.WireMockFloor <payload-file> <port> [--mappings N]   (listens on 127.0.0.1:<port>)");
    return 2;
}

var payload = await File.ReadAllBytesAsync(args[0]);
var server = WireMockServer.Start(new WireMockServerSettings
{
    Urls = [$"http://127.0.0.1:{port}"],
    StartAdminInterface = false,
    ReadStaticMappings = false,
    MaxRequestLogCount = 0,
    DisableJsonBodyParsing = true,
    DisableRequestBodyDecompressing = true,
    DisableDeserializeFormUrlEncoded = true,
    Logger = new WireMockNullLogger(),
});

for (var i = 1; i < mappings; i++)
{
    var prefix = $"/never/{i}/";
    server
        .Given(Request.Create().WithPath(path => path.StartsWith(prefix, StringComparison.Ordinal)).UsingAnyMethod())
        .AtPriority(10)
        .RespondWith(Response.Create().WithStatusCode(404));
}

server
    .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
    .AtPriority(10)
    .RespondWith(Response.Create().WithCallback(_ =>
    {
        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { DetectedBodyType = BodyType.Bytes, BodyAsBytes = payload },
        };
        message.AddHeader("Content-Type", "application/json; charset=utf-8");
        message.AddHeader("X-Request-Id", "req_000000");
        return message;
    }));

Console.Out.WriteLine($"WireMock floor serving {payload.Length} bytes on http://127.0.0.1:{port} with {mappings} mapping(s)");
var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
await stop.Task;
server.Stop();
return 0;
