using System.Globalization;
using System.Text.RegularExpressions;

namespace BuenaMock.Faults;

/// <summary>A fixed latency (<c>200ms</c>, <c>2s</c>) or a uniform range (<c>50-300ms</c>).</summary>
public sealed partial record LatencyRange(int MinMs, int MaxMs)
{
    public const int MaxLatencyMs = 60_000;

    internal int Pick(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return MinMs == MaxMs ? MinMs : random.Next(MinMs, MaxMs + 1);
    }

    public static bool TryParse(string text, out LatencyRange? range)
    {
        range = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var scale = match.Groups["unit"].Value == "s" ? 1000 : 1;
        var min = double.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) * scale;
        var max = match.Groups["max"].Success ? double.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture) * scale : min;
        if (max < min || max > MaxLatencyMs)
        {
            return false;
        }

        range = new LatencyRange((int)min, (int)max);
        return true;
    }

    /// <summary>The shortest text that parses back to this range: whole seconds as <c>2s</c>, else milliseconds.</summary>
    public override string ToString()
    {
        var seconds = MinMs > 0 && MinMs % 1000 == 0 && MaxMs % 1000 == 0;
        var (min, max, unit) = seconds ? (MinMs / 1000, MaxMs / 1000, "s") : (MinMs, MaxMs, "ms");
        return min == max
            ? string.Create(CultureInfo.InvariantCulture, $"{min}{unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{min}-{max}{unit}");
    }

    [GeneratedRegex(@"^(?<min>\d{1,5}(\.\d+)?)(-(?<max>\d{1,5}(\.\d+)?))?(?<unit>ms|s)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
