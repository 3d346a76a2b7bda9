namespace BuenaMock.Tests.Support;

/// <summary>Finds files of the repository (fixtures, examples) from the test output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds BuenaMock.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BuenaMock.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BuenaMock.sln not found above " + AppContext.BaseDirectory);
    }
}
