using BuenaMock.Json;

namespace BuenaMock.Tests.Json;

public class TimestampsTests
{
    [Fact]
    public void Write_InstantWithOffsetAndFraction_UtcWholeSecondsWithZ()
    {
        var instant = new DateTimeOffset(2026, 1, 15, 13, 0, 0, TimeSpan.FromHours(1)).AddMilliseconds(999);

        Timestamps.Write(instant).Should().Be("2026-01-15T12:00:00Z");
    }
}
