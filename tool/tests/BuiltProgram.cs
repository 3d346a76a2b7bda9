using System.Diagnostics;

namespace BuenaMock.Tool.Tests;

/// <summary>
/// A program built next to these tests (the project references copy it), started as a user starts it: without the
/// runner's <c>BUENAMOCK_*</c> variables, which would otherwise become its options.
/// </summary>
internal static class BuiltProgram
{
    /// <summary>The prefix of the programs' environment options.</summary>
    public const string Prefix = "BUENAMOCK_";

    public static ProcessStartInfo StartInfo(string dll, params string[] args)
    {
        var path = Path.Combine(AppContext.BaseDirectory, dll);
        File.Exists(path).Should().BeTrue("the project reference copies {0} next to the tests", dll);
        var info = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(path);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        return info;
    }

    private static string DotnetHost()
    {
        // The SDK tells child processes which host runs them; otherwise the dotnet on PATH.
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : "dotnet";
    }
}
