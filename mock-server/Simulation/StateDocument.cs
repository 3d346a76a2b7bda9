using System.Text.Json.Serialization;
using BuenaMock.Jobs;

namespace BuenaMock.Simulation;

/// <summary>What a state file holds: the clock, the users, and every job's timeline with its edit.</summary>
internal sealed class StateDocument
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public DateTimeOffset Clock { get; init; }

    public List<User> Users { get; init; } = [];

    public List<StateJob> Jobs { get; init; } = [];
}

/// <summary>One job in a state file.</summary>
internal sealed class StateJob
{
    public JobTimeline Timeline { get; init; } = new();

    public string? EditedMessage { get; init; }

    public string? EditedInStatus { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StateDocument))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
