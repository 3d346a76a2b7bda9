using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;

namespace BuenaMock.ContractTests.Rules;

/// <summary>One job of a response, read tolerantly (a field of the wrong kind reads as null; the schema check names it).</summary>
public sealed record JobRecord(
    string? Id,
    string? Type,
    string? Status,
    string? CreatedAtText,
    DateTimeOffset? CreatedAt,
    string? CompletedAtText,
    DateTimeOffset? CompletedAt,
    bool CompletedAtIsNull,
    double? Progress,
    string? Message,
    string? UserId,
    JsonObject? Metadata,
    JsonNode? Raw)
{
    /// <summary><c>createdAt</c> in unix seconds (whole seconds, the unit of the date filters).</summary>
    public long? CreatedAtSeconds => CreatedAt?.ToUnixTimeSeconds();

    /// <summary>Completed or failed: a finished job's status, completedAt and progress no longer change.</summary>
    public bool IsFinished => Status is "completed" or "failed";

    public static JobRecord From(JsonNode? node) => new(
        JsonRead.Text(node?["id"]),
        JsonRead.Text(node?["type"]),
        JsonRead.Text(node?["status"]),
        JsonRead.Text(node?["createdAt"]),
        JsonRead.Instant(node?["createdAt"]),
        JsonRead.Text(node?["completedAt"]),
        JsonRead.Instant(node?["completedAt"]),
        JsonRead.IsNull(node, "completedAt"),
        JsonRead.Number(node?["progress"]),
        JsonRead.Text(node?["message"]),
        JsonRead.Text(node?["userId"]),
        node?["metadata"] as JsonObject,
        node);

    public override string ToString() => Raw?.ToJsonString() ?? $"job {Id}";
}
