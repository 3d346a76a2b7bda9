namespace BuenaMock.Tests.Support;

/// <summary>
/// Tests that measure the machine or depend on timing (the soak, stopping under signals): they run alone, after
/// the parallel ones, so they neither disturb the other tests nor are disturbed by them.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
