using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BuenaMock.Errors;

namespace BuenaMock.Json;

/// <summary>
/// Reads a cold request body (a control API body, an edit) into its type with generated code: the value
/// and a problem for each field the body should not have, or the one <see cref="FieldError"/> that
/// stopped the read. The bytes are parsed as a document first (at the type's depth), so a body that is
/// not JSON, too deep or not an object names the body, and any <see cref="JsonException"/> left is a
/// value of the wrong JSON kind, named by its <see cref="JsonException.Path"/> (<c>$.errorKinds[1]</c>
/// → <c>errorKinds[1]</c>). Fields of nested objects are checked too (<c>metadata.x</c>), listed before
/// their parent's.
/// </summary>
internal static class ColdJson
{
    public static (T? Value, IReadOnlyList<FieldError> Errors) Read<T>(byte[] body, JsonTypeInfo<T> type, ColdJsonMessages messages)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(messages);
        FieldError[] notTheObject = [new("body", messages.NotTheObject)];
        var options = new JsonDocumentOptions
        {
            MaxDepth = type.Options.MaxDepth,
            AllowTrailingCommas = type.Options.AllowTrailingCommas,
            CommentHandling = type.Options.ReadCommentHandling,
        };
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, options);
        }
        catch (JsonException)
        {
            return (null, notTheObject);
        }

        using (document)
        {
            var root = document.RootElement;
            try
            {
                return root.ValueKind == JsonValueKind.Object && root.Deserialize(type) is { } value
                    ? (value, messages.UnknownField is { } unknown ? [.. UnknownFields(root, type, "").Select(f => new FieldError(f, unknown(f)))] : [])
                    : (null, notTheObject);
            }
            catch (JsonException ex) when (ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
            {
                var field = path[2..];
                return (null, [new FieldError(field, messages.WrongKind(field))]);
            }
            catch (JsonException)
            {
                // The object itself ($): a field name that is not valid UTF-16 once unescaped (a lone surrogate, "\ud800").
                return (null, notTheObject);
            }
        }
    }

    /// <summary>
    /// The fields of <paramref name="element"/> its type does not have, each once, a nested object's before
    /// its own; a field given twice is looked into as read, the last time.
    /// </summary>
    private static List<string> UnknownFields(JsonElement element, JsonTypeInfo type, string prefix)
    {
        var comparer = type.Options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var known = type.Properties.ToDictionary(p => p.Name, p => p.PropertyType, comparer);
        var nested = new Dictionary<string, (JsonElement Value, JsonTypeInfo Type)>(comparer);
        var own = new List<string>();
        foreach (var field in element.EnumerateObject())
        {
            if (!known.TryGetValue(field.Name, out var fieldType))
            {
                own.Add(prefix + field.Name);
                continue;
            }

            nested.Remove(field.Name);
            if (field.Value.ValueKind == JsonValueKind.Object && type.Options.GetTypeInfo(fieldType) is { Kind: JsonTypeInfoKind.Object } inner)
            {
                nested[field.Name] = (field.Value, inner);
            }
        }

        return [.. nested.SelectMany(n => UnknownFields(n.Value.Value, n.Value.Type, prefix + n.Key + ".")), .. own.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="text"/> is valid UTF-16: an escaped lone surrogate (<c>"\ud800"</c>) reads into a string no answer could write.</summary>
    public static bool IsText(string text)
    {
        for (var rest = text.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != OperationStatus.Done)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }
}
