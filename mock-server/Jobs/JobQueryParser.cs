using System.Globalization;
using BuenaMock.Errors;
using Microsoft.Extensions.Primitives;

namespace BuenaMock.Jobs;

/// <summary>
/// Reads <c>startDate</c>, <c>endDate</c>, <c>status</c>, <c>type</c> (and, where a route allows it,
/// <c>userId</c>) from a query string. Dates must be non-negative whole unix seconds and
/// <c>endDate</c> not before <c>startDate</c>; an unknown status or type is not an error (it selects nothing).
/// </summary>
internal static class JobQueryParser
{
    /// <summary>The largest unix second a date can hold (9999-12-31T23:59:59Z).</summary>
    public const long MaxUnixSeconds = 253_402_300_799;

    internal sealed record Result(JobQuery Query, string? UserId, IReadOnlyList<FieldError> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static Result Parse(IReadOnlyDictionary<string, StringValues> query, bool allowUserId = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<FieldError>();
        var start = Date(query, "startDate", errors);
        var end = Date(query, "endDate", errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(new FieldError("endDate", "must not be before startDate"));
        }

        var status = Single(query, "status", errors);
        var type = Single(query, "type", errors);
        var userId = allowUserId ? Single(query, "userId", errors) : null;
        return new Result(new JobQuery(start, end, status, type), userId, errors);
    }

    private static string? Single(IReadOnlyDictionary<string, StringValues> query, string name, List<FieldError> errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors.Add(new FieldError(name, "must be given once"));
            return null;
        }

        return values[0] ?? "";
    }

    private static long? Date(IReadOnlyDictionary<string, StringValues> query, string name, List<FieldError> errors)
    {
        var text = Single(query, name, errors);
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            errors.Add(new FieldError(name, "must be a non-negative whole number of unix seconds"));
            return null;
        }

        if (seconds > MaxUnixSeconds)
        {
            errors.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"must not be after {MaxUnixSeconds} (9999-12-31T23:59:59Z)")));
            return null;
        }

        return seconds;
    }
}
