using BuenaMock.Faults;


namespace BuenaMock.Tests.Faults;

public class LatencyRangeTests
{
    [Theory]
    [InlineData("200ms", 200, 200)]
    [InlineData("2s", 2000, 2000)]
    [InlineData("1.5s", 1500, 1500)]
    [InlineData("0ms", 0, 0)]
    [InlineData("50-300ms", 50, 300)]
    [InlineData("1-2s", 1000, 2000)]
    [InlineData(" 60s ", 60_000, 60_000)]
    public void TryParse_Valid_TheRange(string text, int min, int max)
    {
        LatencyRange.TryParse(text, out var range).Should().BeTrue();

        range.Should().Be(new LatencyRange(min, max));
    }

    [Theory]
    [InlineData("")]
    [InlineData("200")]
    [InlineData("fast")]
    [InlineData("-5ms")]
    [InlineData("300-50ms")]
    [InlineData("61s")]
    [InlineData("2m")]
    [InlineData("50ms-300ms")]
    public void TryParse_Invalid_False(string text)
    {
        LatencyRange.TryParse(text, out var range).Should().BeFalse();
        range.Should().BeNull();
    }

    [Theory]
    [InlineData("200ms")]
    [InlineData("0ms")]
    [InlineData("50-300ms")]
    [InlineData("2s")]
    [InlineData("1-3s")]
    [InlineData("1500ms")]
    [InlineData("500-2000ms")]
    public void ToString_ParsesBackToTheSameRange(string text)
    {
        LatencyRange.TryParse(text, out var range).Should().BeTrue();

        LatencyRange.TryParse(range!.ToString(), out var again).Should().BeTrue();
        again.Should().Be(range);
        range.ToString().Should().Be(text);
    }

    [Fact]
    public void Pick_Fixed_AlwaysThatValue()
    {
        var range = new LatencyRange(120, 120);

        Enumerable.Range(0, 20).Select(_ => range.Pick(new Random(1))).Should().AllBeEquivalentTo(120);
    }

    [Fact]
    public void Pick_Range_WithinBoundsBothEndsIncluded()
    {
        var range = new LatencyRange(10, 12);
        var random = new Random(7);

        var picks = Enumerable.Range(0, 500).Select(_ => range.Pick(random)).ToList();

        picks.Should().OnlyContain(p => p >= 10 && p <= 12);
        picks.Distinct().Order().Should().Equal(10, 11, 12);
    }

    [Fact]
    public void Pick_SameSeed_SameSequence()
    {
        var range = new LatencyRange(50, 300);
        var a = new Random(42);
        var b = new Random(42);

        Enumerable.Range(0, 50).Select(_ => range.Pick(a)).Should().Equal(Enumerable.Range(0, 50).Select(_ => range.Pick(b)));
    }
}
