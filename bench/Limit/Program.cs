// The practical limit for serving the same bytes: raw Kestrel, no routing, no logging, one
// pre-read payload written to every request at any path and method.
//
//   dotnet bench/Limit/bin/Release/net10.0/BuenaMock.Bench.Limit.dll <payload-file> <port>
using System.Globalization;
using System.Net;

if (args.Length != 2 || !File.Exists(args[0])
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
{
    Console.Error.WriteLine("usage: BuenaMock.Bench.Limit <payload-file> <port>   (listens on 127.0.0.1:<port>)");
    return 2;
}

var payload = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

var app = builder.Build();
app.Run(async context =>
{
    var response = context.Response;
    response.StatusCode = StatusCodes.Status200OK;
    response.ContentType = "application/json; charset=utf-8";
    response.ContentLength = payload.Length;

    // The mock sends one more header on every answer; the limit sends one of the same size.
    response.Headers["X-Request-Id"] = "req_000000";
    await response.BodyWriter.WriteAsync(payload, context.RequestAborted);
});

Console.Out.WriteLine($"Limit serving {payload.Length} bytes on http://127.0.0.1:{port}");
await app.RunAsync();
return 0;
