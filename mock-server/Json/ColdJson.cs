using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BuenaMock.Errors;

namespace BuenaMock.Json;

/// <summary>
/// Reads a cold request body (a control API body, an edit) into its type with generated code. A body
/// that cannot be read is one <see cref="FieldError"/>: a value of the wrong JSON kind names its field
/// (<see cref="JsonException.Path"/>, <c>$.errorKinds[1]</c> → <c>errorKinds[1]</c>); anything else
/// (not JSON, not an object, too deep, text that is not valid Unicode) names the body.
/// </summary>
internal static class ColdJson
{
    public static (T? Value, FieldError? Error) Read<T>(byte[] body, JsonTypeInfo<T> type, Func<string, string> wrongKind, string bodyProblem)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(wrongKind);
        try
        {
            return JsonSerializer.Deserialize(body, type) is { } value ? (value, null) : (null, new FieldError("body", bodyProblem));
        }
        catch (JsonException ex) when (ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            && ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
        {
            var field = path[2..];
            return (null, new FieldError(field, wrongKind(field)));
        }
        catch (JsonException)
        {
            return (null, new FieldError("body", bodyProblem));
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-16 once unescaped (a lone surrogate, "\ud800") cannot be read as text.
            return (null, new FieldError("body", bodyProblem));
        }
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
