namespace BuenaMock.Json;

/// <summary>
/// What one cold body's reader tells a user, the only part that differs between readers: the body that
/// is not its object, a value of the wrong JSON kind at a field (<c>errorKinds[1]</c>,
/// <c>metadata.delay</c>), and a field the body should not have (null: such fields are skipped).
/// </summary>
internal sealed record ColdJsonMessages(string NotTheObject, Func<string, string> WrongKind, Func<string, string>? UnknownField);
