using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Json;
using BuenaMock.Options;

namespace BuenaMock;

/// <summary>What the host prints once it listens: where, with what data, and the keys to use.</summary>
internal static partial class Banner
{
    public static void Write(TextWriter output, BuenaMockServer server)
    {
        var options = server.Options;
        output.WriteLine($"BuenaMock is listening on {server.Url}");
        output.WriteLine($"  Base URL  {server.BaseUrl}");
        output.WriteLine($"  Seed      {options.Seed}");
        output.WriteLine($"  Data      {server.Store.Users.Count} users x {options.JobsPerUser} jobs");
        output.WriteLine(options.ControlEnabled ? $"  Dashboard {server.Url}/__buena/ui/" : "  Dashboard off (--no-control)");
        foreach (var line in InForce(server))
        {
            output.WriteLine(line);
        }

        if (options.Proxy is { } proxy)
        {
            // Scheme, host and path only: user info in the URL is not printed.
            var upstream = $"{proxy.Scheme}://{proxy.Authority}{proxy.AbsolutePath}";
            output.WriteLine(options.RecordDirectory is { } record
                ? $"  Proxy     {upstream}, recording into {record}"
                : $"  Proxy     {upstream} (API requests are forwarded, not answered from Data)");
        }

        if (options.ReplayDirectory is { } replay)
        {
            output.WriteLine($"  Replay    {replay} (API requests are answered from the recordings only)");
        }

        if (options.MappingsDirectory is { } mappings)
        {
            output.WriteLine($"  Stubs     {mappings} ({server.Stubs.List().Count} WireMock mappings over the generated API)");
        }

        if (options.WireMockAdmin)
        {
            output.WriteLine($"  Admin     {server.Url}/__admin/mappings (WireMock's admin API for stubs)");
        }
        if (!IsLoopback(options.Host))
        {
            output.WriteLine($"  WARNING   listening on {options.Host}: other machines can reach this server and its keys.");
        }

        output.WriteLine();
        output.WriteLine($"  {"Key",-70} {"Kind",-7} {"User",-25} Permissions");
        foreach (var key in server.Keys.Keys)
        {
            output.WriteLine($"  {key.Value,-70} {key.Kind.ToString().ToLowerInvariant(),-7} {key.UserId ?? "(any)",-25} {string.Join(", ", key.Permissions)}");
        }

        var sample = server.Keys.Keys.FirstOrDefault(k => k.Kind == ApiKeyKind.User && k.Has(Permissions.UsersRead));
        if (sample is not null)
        {
            output.WriteLine();
            output.WriteLine("Try:");
            // The whole key, even one from a config file: the user wrote it, and the line must paste as it is.
            output.WriteLine($"  curl -s{(server.Certificate is null ? "" : "k")} {server.BaseUrl}/users/jobs -H 'x-api-key: {sample.Value}'");
        }

        output.WriteLine();
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" or "127.0.0.1" or "::1" or "[::1]" || host.StartsWith("127.", StringComparison.Ordinal);
}
