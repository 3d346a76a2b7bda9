using System.Text.Json;
using BuenaMock.Errors;

namespace BuenaMock.Jobs;

/// <summary>
/// The body of <c>POST /__buena/jobs</c>: <c>{"userId", "type", "status"?, "metadata"?}</c>. A
/// missing status means pending; metadata fields given replace generated ones.
/// </summary>
internal sealed record NewJobRequest(string UserId, string Type, string Status, JobMetadata? Metadata)
{
    public static (NewJobRequest? Request, IReadOnlyList<FieldError> Errors) Parse(byte[] body, JobStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return (null, [new FieldError("body", "must be a JSON object {\"userId\", \"type\", \"status\"?, \"metadata\"?}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new FieldError("body", "must be a JSON object {\"userId\", \"type\", \"status\"?, \"metadata\"?}")]);
            }

            var errors = new List<FieldError>();
            var userId = String(root, "userId");
            if (userId is null || !store.TryGetUser(userId, out _))
            {
                errors.Add(new FieldError("userId", "must be the id of a user of this server"));
            }

            var type = String(root, "type");
            if (type is null || !JobTypes.All.Contains(type))
            {
                errors.Add(new FieldError("type", "must be linkedin_action or data_enrichment"));
            }

            var status = root.TryGetProperty("status", out _) ? String(root, "status") : JobStatuses.Pending;
            if (status is null || !JobStatuses.All.Contains(status))
            {
                errors.Add(new FieldError("status", "must be pending, running, completed or failed"));
            }

            var metadata = ReadMetadata(root, errors);
            return errors.Count > 0 ? (null, errors) : (new NewJobRequest(userId!, type!, status!, metadata), []);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JobMetadata? ReadMetadata(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty("metadata", out var m))
        {
            return null;
        }

        if (m.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("metadata", "must be an object"));
            return null;
        }

        var actionType = String(m, "actionType");
        if (m.TryGetProperty("actionType", out _) && (actionType is null || !JobWords.ActionTypes.Contains(actionType)))
        {
            errors.Add(new FieldError("metadata.actionType", "must be one of " + string.Join(", ", JobWords.ActionTypes)));
        }

        var profileUrl = String(m, "profileUrl");
        if (m.TryGetProperty("profileUrl", out _) && (profileUrl is null || !Uri.TryCreate(profileUrl, UriKind.Absolute, out _)))
        {
            errors.Add(new FieldError("metadata.profileUrl", "must be an absolute URL"));
        }

        var delay = Int(m, "delay", 0, 3_600_000, errors);
        var batchSize = Int(m, "batchSize", 1, 100_000, errors);
        return new JobMetadata { ActionType = actionType, ProfileUrl = profileUrl, Delay = delay, BatchSize = batchSize };
    }

    private static int? Int(JsonElement m, string name, int min, int max, List<FieldError> errors)
    {
        if (!m.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(new FieldError("metadata." + name, $"must be a whole number from {min} to {max}"));
        return null;
    }
}
