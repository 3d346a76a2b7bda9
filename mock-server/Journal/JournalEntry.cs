using BuenaMock.Faults;

namespace BuenaMock.Journal;

/// <summary>
/// One answered request as <c>GET /__buena/requests</c> lists it. <see cref="Key"/> is always
/// redacted (<see cref="Auth.ApiKey.Redact"/>) and null when none was sent; <see cref="Status"/> is null when the connection was
/// reset instead of answered; <see cref="Fault"/> names an injected fault (<see cref="Faults.FaultKind"/>).
/// <see cref="Headers"/> and <see cref="Body"/> are what the client sent, as <see cref="JournalRequest"/> keeps them.
/// </summary>
internal sealed record JournalEntry(
    string Id,
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    int? Status,
    string? Route,
    string? Key,
    long DurationMs,
    FaultKind? Fault,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null,
    string? Body = null,
    bool BodyTruncated = false);
