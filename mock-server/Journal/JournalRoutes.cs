using System.Globalization;
using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.Journal;

/// <summary>
/// <c>GET /__buena/requests[?limit=N]</c>: the most recent requests the server answered, oldest first
/// (newest last), keys redacted. Control requests are not recorded, so reading the journal does not
/// fill it.
/// </summary>
internal static class JournalRoutes
{
    public const string Path = DocumentRoutes.Prefix + "/requests";

    public static IReadOnlyList<ApiRoute> Create(RequestJournal journal, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(simulator);
        return [new("GET", Path, (r, _) => Requests(journal, simulator.Now, r)) { Name = "requests", Kind = RouteKind.Control }];
    }

    private static ApiResponse Requests(RequestJournal journal, DateTimeOffset now, ApiRequest request)
    {
        int? limit = null;
        if (request.Query.TryGetValue("limit", out var values))
        {
            if (values.Count != 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > journal.Capacity)
            {
                return ErrorCatalogue.Validation([new FieldError("limit", string.Create(CultureInfo.InvariantCulture, $"must be a whole number from 1 to {journal.Capacity}"))]).ToResponse(now);
            }

            limit = n;
        }

        var entries = journal.Recent(limit);
        return Responses.Ok(JsonBody.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("capacity", journal.Capacity);
            w.WriteNumber("total", journal.Total);
            w.WriteStartArray("requests");
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("time", e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                w.WriteString("method", e.Method);
                w.WriteString("path", e.Path);
                w.WriteString("query", e.Query);
                WriteNullable(w, "status", e.Status);
                WriteNullable(w, "route", e.Route);
                WriteNullable(w, "key", e.Key);
                w.WriteNumber("durationMs", e.DurationMs);
                WriteNullable(w, "fault", e.Fault?.Name());
                w.WriteStartArray("headers");
                foreach (var (name, value) in e.Headers ?? [])
                {
                    w.WriteStartArray();
                    w.WriteStringValue(name);
                    w.WriteStringValue(value);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
                WriteNullable(w, "body", e.Body);
                w.WriteBoolean("bodyTruncated", e.BodyTruncated);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
