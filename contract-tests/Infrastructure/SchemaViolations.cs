using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// Validates a JSON text against a schema and describes every violation on one line: its JSON path, its
/// kind, the property, and the offending value — including the violations inside oneOf/anyOf branches.
/// </summary>
public static class SchemaViolations
{
    private const int MaxValueLength = 200;
    private const int MaxLines = 60;

    /// <summary>Every violation of <paramref name="json"/> against <paramref name="schema"/>, one line each (empty when valid).</summary>
    public static IReadOnlyList<string> Of(JsonSchema schema, string json) => Of(schema, json, documentedOnly: false);

    /// <summary>
    /// The violations of <paramref name="json"/>; with <paramref name="documentedOnly"/>, only those of documented parts —
    /// a violation inside a schema part marked <c>x-inferred</c> (or whose every nested violation is) is left out.
    /// </summary>
    public static IReadOnlyList<string> Of(JsonSchema schema, string json, bool documentedOnly)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ICollection<ValidationError> errors;
        try
        {
            errors = schema.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [$"#/: the body is not JSON ({e.Message})"];
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            document = null;
        }

        var lines = new List<string>();
        Describe(documentedOnly ? [.. errors.Where(e => !IsInferred(e))] : errors, document, depth: 0, lines);
        return lines.Count <= MaxLines ? lines : [.. lines.Take(MaxLines), $"… and {lines.Count - MaxLines} more lines of violations"];
    }

    private static void Describe(IEnumerable<ValidationError> errors, JsonNode? document, int depth, List<string> lines)
    {
        var indent = new string(' ', depth * 4);
        foreach (var error in errors.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var property = string.IsNullOrEmpty(error.Property) ? string.Empty : $" (property '{error.Property}')";
            lines.Add($"{indent}{error.Path ?? "#/"}: {error.Kind}{property}, value: {ValueAt(document, error)}");
            if (error is ChildSchemaValidationError child)
            {
                if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAllOf or ValidationErrorKind.NoTypeValidates)
                {
                    // A composition: say what each branch objected to (a branch with no objection matched).
                    var branch = 0;
                    foreach (var (_, branchErrors) in child.Errors)
                    {
                        branch++;
                        lines.Add($"{indent}    branch {branch}:{(branchErrors.Count == 0 ? " matched" : string.Empty)}");
                        Describe(branchErrors, document, depth + 2, lines);
                    }
                }
                else
                {
                    // An array item or property that is not valid: its own violations, one level in.
                    Describe(child.Errors.Values.SelectMany(e => e), document, depth + 1, lines);
                }
            }
        }
    }

    /// <summary>Whether a violation breaks only inferred parts: its rule sits in an <c>x-inferred</c> schema, or all its nested violations do.</summary>
    public static bool IsInferred(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (InInferredPart(error.Schema))
        {
            return true;
        }

        // An item, a property or an allOf member: inferred when everything nested is. (anyOf/oneOf: by their own schema.)
        if (error is ChildSchemaValidationError child && error.Kind is not (ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NoTypeValidates))
        {
            var nested = child.Errors.Values.SelectMany(e => e).ToList();
            return nested.Count > 0 && nested.All(IsInferred);
        }

        return false;
    }

    private static bool InInferredPart(JsonSchema? schema)
    {
        for (var (current, depth) = (schema, 0); current is not null && depth < 64; (current, depth) = (current.ParentSchema, depth + 1))
        {
            if (current.ExtensionData?.ContainsKey("x-inferred") == true || (current.HasReference && current.ActualSchema.ExtensionData?.ContainsKey("x-inferred") == true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value at the error's path (NJsonSchema paths look like <c>#/data.jobs[0].status</c>).</summary>
    private static string ValueAt(JsonNode? document, ValidationError error)
    {
        if (document is null)
        {
            return error.Token is null ? "(unknown)" : Shorten(error.Token.ToString(Newtonsoft.Json.Formatting.None));
        }

        var (found, node) = Follow(document, error.Path);
        if (!found)
        {
            return "(absent)";
        }

        return node is null ? "null" : Shorten(node.ToJsonString());
    }

    /// <summary>Follows a NJsonSchema path from the document's root; (false, null) when some segment is absent.</summary>
    public static (bool Found, JsonNode? Node) Follow(JsonNode? root, string? path)
    {
        var rest = (path ?? string.Empty).TrimStart('#').TrimStart('/');
        var current = root;
        var position = 0;
        while (position < rest.Length)
        {
            if (rest[position] == '.')
            {
                position++;
                continue;
            }

            if (rest[position] == '[')
            {
                var close = rest.IndexOf(']', position);
                if (close < 0 || !int.TryParse(rest.AsSpan(position + 1, close - position - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || current is not JsonArray array || index >= array.Count)
                {
                    return (false, null);
                }

                current = array[index];
                position = close + 1;
                continue;
            }

            var end = rest.IndexOfAny(['.', '['], position);
            var name = end < 0 ? rest[position..] : rest[position..end];
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(name, out var next))
            {
                return (false, null);
            }

            current = next;
            position = end < 0 ? rest.Length : end;
        }

        return (true, current);
    }

    private static string Shorten(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
