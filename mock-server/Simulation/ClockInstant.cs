using System.Globalization;
using System.Text.RegularExpressions;
using BuenaMock.Json;

namespace BuenaMock.Simulation;

/// <summary>
/// The one reading and check of an instant the clock is set to, for <c>--clock</c> (and its environment
/// variable and config field) and <c>POST /__buena/clock/set?at=</c> alike: ISO 8601 only, within
/// <see cref="VirtualClock.Earliest"/> and <see cref="VirtualClock.Latest"/>.
/// </summary>
internal static partial class ClockInstant
{
    private const string NotAnInstant = "not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)";

    private static string OutOfRange { get; } = $"must be between {Timestamps.Write(VirtualClock.Earliest)} and {Timestamps.Write(VirtualClock.Latest)}";

    /// <summary>The instant in <paramref name="text"/> (UTC when no offset is given), or what is wrong with the text.</summary>
    public static string? Parse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return text is not null && IsoInstant().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant)
            ? null
            : NotAnInstant;
    }

    /// <summary>What is wrong with <paramref name="instant"/> as the clock's time, or null.</summary>
    public static string? Check(DateTimeOffset instant) =>
        instant < VirtualClock.Earliest || instant > VirtualClock.Latest ? OutOfRange : null;

    /// <summary><see cref="Parse"/>, then <see cref="Check"/>.</summary>
    public static string? Read(string? text, out DateTimeOffset instant) => Parse(text, out instant) ?? Check(instant);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
