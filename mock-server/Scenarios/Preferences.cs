using System.Globalization;
using BuenaMock.Errors;

namespace BuenaMock.Scenarios;

/// <summary>
/// Per-request scenarios from the <c>Prefer</c> header, e.g. <c>Prefer: code=429, delay=200</c>:
/// <c>code</c> forces a documented error, <c>delay</c> holds the answer back (milliseconds),
/// <c>example=documented</c> answers the page's example verbatim and <c>dynamic=false</c> the
/// static fixture instead of generated data.
/// </summary>
internal sealed record Preferences(int? Code = null, int? DelayMs = null, bool DocumentedExample = false, bool Static = false)
{
    public const int MaxDelayMs = 60_000;

    public static IReadOnlyList<int> Codes { get; } = [401, 403, 404, 429, 500, 503];

    public static Preferences None { get; } = new();

    /// <summary>Parses the header; invalid or unknown preferences are returned as field errors naming them.</summary>
    public static (Preferences Preferences, IReadOnlyList<FieldError> Errors) Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return (None, []);
        }

        var errors = new List<FieldError>();
        var result = None;
        foreach (var token in header.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            var name = (eq < 0 ? token : token[..eq]).Trim().ToLowerInvariant();
            var value = eq < 0 ? "" : token[(eq + 1)..].Trim().Trim('"');
            switch (name)
            {
                case "code" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Codes.Contains(code):
                    result = result with { Code = code };
                    break;
                case "code":
                    errors.Add(new FieldError("Prefer", $"code={value} is not one of {string.Join(", ", Codes)}"));
                    break;
                case "delay" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var delay) && delay <= MaxDelayMs:
                    result = result with { DelayMs = delay };
                    break;
                case "delay":
                    errors.Add(new FieldError("Prefer", $"delay={value} is not a whole number of milliseconds from 0 to {MaxDelayMs}"));
                    break;
                case "example" when value == "documented":
                    result = result with { DocumentedExample = true };
                    break;
                case "example":
                    errors.Add(new FieldError("Prefer", $"example={value} is not supported (use example=documented)"));
                    break;
                case "dynamic" when value is "false" or "true":
                    result = result with { Static = value == "false" };
                    break;
                case "dynamic":
                    errors.Add(new FieldError("Prefer", $"dynamic={value} is not true or false"));
                    break;
                default:
                    errors.Add(new FieldError("Prefer", $"\"{Shorten(token)}\" is not a supported preference (code, delay, example, dynamic)"));
                    break;
            }
        }

        return (result, errors);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
