namespace BuenaMock.Tests.Support;

/// <summary>A record or replay folder under the temp path for one test, deleted with everything in it on dispose.</summary>
internal sealed class RecordingFolder : IDisposable
{
    public RecordingFolder(bool create = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"buenamock-recordings-{Guid.NewGuid():N}");
        if (create)
        {
            Directory.CreateDirectory(Path);
        }
    }

    public string Path { get; }

    public string[] Files() =>
        Directory.Exists(Path) ? [.. Directory.GetFiles(Path).Order(StringComparer.Ordinal)] : [];

    public string[] Recordings() =>
        [.. Files().Where(f => f.EndsWith(".json", StringComparison.Ordinal))];

    public void Write(string name, string content) => File.WriteAllText(System.IO.Path.Combine(Path, name), content);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
