using System.Text.Json.Serialization;
using BuenaMock.Errors;
using BuenaMock.Json;

namespace BuenaMock.Jobs;

/// <summary>
/// The body of <c>POST /__buena/jobs</c>: <c>{"userId", "type", "status"?, "metadata"?}</c>. A
/// missing status means pending; metadata fields given replace generated ones. Read with generated
/// code (<see cref="NewJobJsonContext"/>); a field the body should not have is a problem, as is a
/// value of the wrong kind.
/// </summary>
internal sealed record NewJobRequest(string UserId, string Type, string Status, JobMetadata? Metadata)
{
    private const string BodyProblem = "must be a JSON object {\"userId\", \"type\", \"status\"?, \"metadata\"?}";

    private static readonly ColdJsonMessages Messages = new(
        BodyProblem, WrongKind, field => $"is not a field of a new job{(field.StartsWith("metadata.", StringComparison.Ordinal) ? "'s metadata" : "")}");

    public static (NewJobRequest? Request, IReadOnlyList<FieldError> Errors) Parse(byte[] body, JobStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (input, unknown) = ColdJson.Read(body, NewJobJsonContext.Default.NewJobInput, Messages);
        if (input is null)
        {
            return (null, unknown);
        }

        var errors = new List<FieldError>();
        if (input.UserId is not { } userId || !store.TryGetUser(userId, out _))
        {
            errors.Add(new FieldError("userId", WrongKind("userId")));
        }

        if (input.Type is not { } type || !JobTypes.All.Contains(type))
        {
            errors.Add(new FieldError("type", WrongKind("type")));
        }

        var status = input.Status ?? JobStatuses.Pending;
        if (!JobStatuses.All.Contains(status))
        {
            errors.Add(new FieldError("status", WrongKind("status")));
        }

        var metadata = input.Metadata is { } given ? ReadMetadata(given, errors) : null;
        errors.AddRange(unknown);
        return errors.Count > 0 ? (null, errors) : (new NewJobRequest(input.UserId!, input.Type!, status, metadata), []);
    }

    private static JobMetadata ReadMetadata(NewJobMetadataInput m, List<FieldError> errors)
    {
        if (m.ActionType is { } actionType && !JobWords.ActionTypes.Contains(actionType))
        {
            errors.Add(new FieldError("metadata.actionType", WrongKind("metadata.actionType")));
        }

        if (m.ProfileUrl is { } profileUrl && (!ColdJson.IsText(profileUrl) || !Uri.TryCreate(profileUrl, UriKind.Absolute, out _)))
        {
            errors.Add(new FieldError("metadata.profileUrl", WrongKind("metadata.profileUrl")));
        }

        if (m.Delay is < 0 or > 3_600_000)
        {
            errors.Add(new FieldError("metadata.delay", WrongKind("metadata.delay")));
        }

        if (m.BatchSize is < 1 or > 100_000)
        {
            errors.Add(new FieldError("metadata.batchSize", WrongKind("metadata.batchSize")));
        }
        return new JobMetadata { ActionType = m.ActionType, ProfileUrl = m.ProfileUrl, Delay = m.Delay, BatchSize = m.BatchSize };
    }

    /// <summary>What a field is told when its value is missing, of the wrong kind, or out of range.</summary>
    private static string WrongKind(string field) => field switch
    {
        "userId" => "must be the id of a user of this server",
        "type" => "must be linkedin_action or data_enrichment",
        "status" => "must be pending, running, completed or failed",
        "metadata" => "must be an object",
        "metadata.actionType" => "must be one of " + string.Join(", ", JobWords.ActionTypes),
        "metadata.profileUrl" => "must be an absolute URL",
        "metadata.delay" => "must be a whole number from 0 to 3600000",
        "metadata.batchSize" => "must be a whole number from 1 to 100000",
        _ => BodyProblem,
    };
}

/// <summary>The body of <c>POST /__buena/jobs</c> as written, before it is checked.</summary>
internal sealed class NewJobInput
{
    public string? UserId { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    public NewJobMetadataInput? Metadata { get; init; }
}

/// <summary>The <c>metadata</c> of a new job as written.</summary>
internal sealed class NewJobMetadataInput
{
    public string? ActionType { get; init; }

    public string? ProfileUrl { get; init; }

    public int? Delay { get; init; }

    public int? BatchSize { get; init; }
}

/// <summary>The cold JSON of a new job: read with generated code, no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 16)]
[JsonSerializable(typeof(NewJobInput))]
internal sealed partial class NewJobJsonContext : JsonSerializerContext;
