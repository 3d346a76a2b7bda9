using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuenaMock.Stubs;

/// <summary>
/// One mapping file or admin body in WireMock.Net's mapping format (one mapping or an array), checked
/// and made self-contained before WireMock converts it: each mapping is an object with a
/// <c>Request</c> and a <c>Response</c> object and gets a <c>Guid</c> when it has none; a
/// <c>BodyAsFile</c> (or WireMock's <c>BodyFileName</c>) is read from <c>__files/</c> beside the
/// mappings and inlined, so nothing reads the disk while answering. Webhooks and <c>ProxyUrl</c> are
/// refused: a stub never sends a request anywhere.
/// </summary>
internal sealed class StubDocument
{
    /// <summary>Where <c>BodyAsFile</c>/<c>BodyFileName</c> are looked up, inside the mappings folder.</summary>
    public const string FilesFolderName = "__files";

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private StubDocument(string json, IReadOnlyList<Guid> guids)
    {
        Json = json;
        Guids = guids;
    }

    /// <summary>The mappings as a JSON array, ready for <see cref="WireMock.Server.WireMockServer.WithMapping(string)"/>.</summary>
    public string Json { get; }

    /// <summary>Every mapping's id, in order.</summary>
    public IReadOnlyList<Guid> Guids { get; }

    /// <param name="bytes">The file or body, UTF-8, a byte order mark allowed.</param>
    /// <param name="mappingsFolder">The folder whose <c>__files/</c> holds body files; null when there is none.</param>
    /// <param name="reserved">An id no stub may take (the generated API's mapping).</param>
    /// <param name="document">The checked mappings, when they are valid.</param>
    /// <param name="problem">What is wrong, when they are not.</param>
    public static bool TryParse(ReadOnlySpan<byte> bytes, string? mappingsFolder, Guid reserved, [NotNullWhen(true)] out StubDocument? document, [NotNullWhen(false)] out string? problem)
    {
        document = null;
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: ParseOptions);
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON ({ex.Message.Split('\n')[0].Trim()})";
            return false;
        }

        switch (root)
        {
            case JsonObject single:
                return TryCreate(single, mappingsFolder, reserved, out document, out problem);
            case JsonArray { Count: > 0 } many when many.All(m => m is JsonObject):
                return TryCreate((JsonArray)many.DeepClone(), mappingsFolder, reserved, out document, out problem);
            default:
                problem = "not a WireMock mapping (a mapping object, or a non-empty array of them, is expected)";
                return false;
        }
    }

    /// <summary>One mapping already read (the admin API's PUT), checked as <see cref="TryParse"/> checks each; the object itself is left as it was.</summary>
    public static bool TryCreate(JsonObject mapping, string? mappingsFolder, Guid reserved, [NotNullWhen(true)] out StubDocument? document, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return TryCreate([mapping.DeepClone()], mappingsFolder, reserved, out document, out problem);
    }

    private static bool TryCreate(JsonArray mappings, string? mappingsFolder, Guid reserved, [NotNullWhen(true)] out StubDocument? document, [NotNullWhen(false)] out string? problem)
    {
        document = null;
        var guids = new List<Guid>();
        for (var i = 0; i < mappings.Count; i++)
        {
            var where = mappings.Count == 1 ? "" : $"mapping [{i}]: ";
            if (Check((JsonObject)mappings[i]!, mappingsFolder, reserved, guids) is { } wrong)
            {
                problem = where + wrong;
                return false;
            }
        }

        document = new StubDocument(mappings.ToJsonString(), guids);
        problem = null;
        return true;
    }

    private static string? Check(JsonObject mapping, string? mappingsFolder, Guid reserved, List<Guid> guids)
    {
        if (Property(mapping, "Request") is not JsonObject)
        {
            return "\"Request\" is missing or not an object";
        }

        if (Property(mapping, "Response") is not JsonObject response)
        {
            return "\"Response\" is missing or not an object";
        }

        if (Property(mapping, "Webhook") is not null || Property(mapping, "Webhooks") is not null)
        {
            return "\"Webhook\" is not supported: a stub never sends requests";
        }

        if (Property(response, "ProxyUrl") is not null)
        {
            return "\"Response.ProxyUrl\" is not supported: use --proxy URL to forward the API";
        }

        if (Property(response, "StatusCode") is { } status && !IsStatusCode(status))
        {
            return "\"Response.StatusCode\" is not an HTTP status (a whole number from 100 to 999, or a string holding one or a {{template}})";
        }

        if (Property(mapping, "Priority") is { } priority && (priority.GetValueKind() != JsonValueKind.Number || !priority.AsValue().TryGetValue<int>(out _)))
        {
            return "\"Priority\" is not a whole number";
        }

        Guid guid;
        if (Property(mapping, "Guid") is { } given)
        {
            if (given.GetValueKind() != JsonValueKind.String || !Guid.TryParse(given.GetValue<string>(), out guid))
            {
                return "\"Guid\" is not a GUID";
            }

            if (guid == reserved)
            {
                return $"\"Guid\" {guid} is the generated API's mapping, which stubs cannot replace";
            }

            if (guids.Contains(guid))
            {
                return $"\"Guid\" {guid} is given twice";
            }
        }
        else
        {
            guid = Guid.NewGuid();
            mapping["Guid"] = guid.ToString();
        }

        guids.Add(guid);
        return InlineBodyFile(response, mappingsFolder);
    }

    /// <summary>Replaces <c>BodyAsFile</c>/<c>BodyFileName</c> with the file's bytes; the file must sit inside <c>__files/</c>.</summary>
    private static string? InlineBodyFile(JsonObject response, string? mappingsFolder)
    {
        var name = PropertyName(response, "BodyAsFile") ?? PropertyName(response, "BodyFileName");
        if (name is null)
        {
            return null;
        }

        if (response[name] is not JsonValue value || value.GetValueKind() != JsonValueKind.String || value.GetValue<string>() is not { Length: > 0 } file)
        {
            return $"\"Response.{name}\" is not a file name";
        }

        if (mappingsFolder is null)
        {
            return $"\"Response.{name}\" needs a mappings folder (--mappings DIR) with the file in {FilesFolderName}/";
        }

        var folder = Path.GetFullPath(Path.Combine(mappingsFolder, FilesFolderName));
        var path = Path.GetFullPath(Path.Combine(folder, file));
        if (Path.IsPathRooted(file) || !path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"\"Response.{name}\" {file}: must name a file inside {FilesFolderName}/";
        }

        try
        {
            response.Remove(name);
            response.Remove(PropertyName(response, "BodyAsFileIsCached") ?? "BodyAsFileIsCached");
            response["BodyAsBytes"] = Convert.ToBase64String(File.ReadAllBytes(path));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"\"Response.{name}\" {file}: cannot be read from {FilesFolderName}/ ({ex.Message})";
        }
    }

    /// <summary>
    /// A status WireMock can send: a number from 100 to 999, or a string holding one or a Handlebars
    /// template (read when the response is transformed). Anything else made WireMock answer "HTTP/1.1 0".
    /// </summary>
    private static bool IsStatusCode(JsonNode status) => status.GetValueKind() switch
    {
        JsonValueKind.Number => status.AsValue().TryGetValue<int>(out var code) && code is >= 100 and <= 999,
        JsonValueKind.String => status.GetValue<string>() is var text
            && ((int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 999)
                || text.Contains("{{", StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary>A property by name, ignoring case as WireMock's reader does.</summary>
    internal static JsonNode? Property(JsonObject owner, string name) =>
        PropertyName(owner, name) is { } found ? owner[found] : null;

    private static string? PropertyName(JsonObject owner, string name) =>
        owner.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Text for messages: the first line of an exception's message.</summary>
    internal static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
