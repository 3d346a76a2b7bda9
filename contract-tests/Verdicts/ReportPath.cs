namespace BuenaMock.ContractTests.Verdicts;

/// <summary>
/// Resolves a report path the user gave. A relative path is taken from the folder the command was run in (the
/// shell's <c>PWD</c>), not from the test host's working folder, which <c>dotnet test</c> sets to the build output.
/// </summary>
public static class ReportPath
{
    public static string Resolve(string path, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var from = read("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
        return Path.GetFullPath(Path.Combine(from, path));
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, string text)
    {
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text);
    }
}
