using System.Globalization;
using CsCheck;

namespace BuenaMock.Tests.Support;

/// <summary>
/// The seed of a generated run: <c>BUENAMOCK_FUZZ_SEED</c> when set (to replay a run, or one case, which then
/// comes first), else a fresh one, printed so any failure can be replayed. <c>BUENAMOCK_FUZZ_COUNT</c> sets the
/// number of cases.
/// </summary>
internal static class FuzzSeed
{
    public const string SeedVariable = "BUENAMOCK_FUZZ_SEED";
    public const string CountVariable = "BUENAMOCK_FUZZ_COUNT";

    public static PCG Read()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64());
        }

        try
        {
            return PCG.Parse(text.Trim());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidOperationException($"{SeedVariable}='{text}' is not a CsCheck seed (one a run printed, like 0000001ddrX1).", e);
        }
    }

    public static int Count(int defaultCount)
    {
        var text = Environment.GetEnvironmentVariable(CountVariable);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : defaultCount;
    }
}
