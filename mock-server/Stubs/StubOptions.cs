using BuenaMock.Options;

namespace BuenaMock.Stubs;

/// <summary>The checks on the stub options, run with the others before the server starts.</summary>
internal static class StubOptions
{
    public static IEnumerable<OptionProblem> Validate(BuenaMockOptions options)
    {
        if (options.MappingsDirectory is { } mappings && !Directory.Exists(mappings))
        {
            yield return new("mappings", mappings, "folder not found");
        }

        if (options.MappingsDirectory is { } both && options.ReplayDirectory is not null)
        {
            yield return new("mappings", both, "cannot be combined with --replay (a replay folder is a mappings folder)");
        }

        if (options.WatchMappings && options.MappingsDirectory is null && options.ReplayDirectory is null)
        {
            yield return new("watchMappings", null, "needs --mappings DIR or --replay DIR");
        }
    }

    /// <summary>The folder of stubs, and how it was given (for messages); null without one.</summary>
    public static (string? Folder, string Option) Folder(BuenaMockOptions options) =>
        options.MappingsDirectory is { } mappings ? (mappings, options.Problem("mappings", mappings, "").Where())
        : options.ReplayDirectory is { } replay ? (replay, options.Problem("replay", replay, "").Where())
        : (null, "--mappings");
}
