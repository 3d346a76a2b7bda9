using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BuenaMock.Tool.Tests;

/// <summary>
/// The first request to <c>buenamock serve</c> does not load every DLL beside the program (WireMock.Net's
/// search for its multipart plugin did, costing most of a second before the first answer).
/// </summary>
public sealed partial class FirstRequestTests
{
    [Fact]
    public async Task Serve_FirstRequest_LoadsNoneOfTheContractSuitesLibraries()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads the process's mapped files from /proc");
        var cancel = TestContext.Current.CancellationToken;
        var info = BuiltProgram.StartInfo("buenamock.dll", "serve", "--port", "0", "--clock", "2026-01-15T12:00:00Z");
        using var process = Process.Start(info)!;
        try
        {
            var baseUrl = await ReadBaseUrlAsync(process, cancel);
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

            using var response = await client.GetAsync(baseUrl + "/health", cancel);

            response.IsSuccessStatusCode.Should().BeTrue();
            var mapped = await File.ReadAllTextAsync($"/proc/{process.Id}/maps", cancel);
            mapped.Should().Contain("WireMock.Net.Minimal.dll", "the server itself is mapped");
            mapped.Should().NotContainAny(["FluentAssertions.dll", "CsCheck.dll", "NJsonSchema.dll"], "serve never uses the contract suite's libraries");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<string> ReadBaseUrlAsync(Process process, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (BaseUrl().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException("buenamock serve stopped before printing its base URL: " + await process.StandardError.ReadToEndAsync(cancel));
    }

    [GeneratedRegex(@"Base URL\s+(http://\S+)")]
    private static partial Regex BaseUrl();
}
