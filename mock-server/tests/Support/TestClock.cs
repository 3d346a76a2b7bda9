namespace BuenaMock.Tests.Support;

/// <summary>The instant every test pins "now" to, as <c>--clock 2026-01-15T12:00:00Z</c> does.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public const string NowText = "2026-01-15T12:00:00Z";
}
