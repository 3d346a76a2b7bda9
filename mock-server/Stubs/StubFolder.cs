namespace BuenaMock.Stubs;

/// <summary>
/// Reads a mappings folder: every <c>*.json</c> file directly in it, in name order, each one mapping or
/// an array (<c>__files/</c> holds the bodies they name). A file that is not a valid mapping is a
/// problem naming the file and what is wrong.
/// </summary>
internal static class StubFolder
{
    public static (IReadOnlyList<(string File, StubDocument Document)> Documents, IReadOnlyList<string> Problems) Read(string folder, string option, Guid reserved)
    {
        string[] files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], [$"{option}: the folder cannot be read ({ex.Message})"]);
        }

        var documents = new List<(string, StubDocument)>();
        var problems = new List<string>();
        var seen = new Dictionary<Guid, string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem(option, name, $"cannot be read ({ex.Message})"));
                continue;
            }

            if (!StubDocument.TryParse(bytes, folder, reserved, out var document, out var problem))
            {
                problems.Add(Problem(option, name, problem));
                continue;
            }

            foreach (var guid in document.Guids)
            {
                if (!seen.TryAdd(guid, name))
                {
                    problems.Add(Problem(option, name, $"\"Guid\" {guid} is also used by {seen[guid]}"));
                }
            }

            documents.Add((name, document));
        }

        return (documents, problems);
    }

    public static string Problem(string option, string file, string problem) =>
        $"{option}: {file} is not a valid mapping: {problem}";
}
