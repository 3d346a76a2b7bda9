namespace BuenaMock.Tests.Support;

/// <summary>A JSON config file in the temp folder, deleted on dispose.</summary>
internal sealed class TempConfigFile : IDisposable
{
    public TempConfigFile(string json)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"buenamock-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
