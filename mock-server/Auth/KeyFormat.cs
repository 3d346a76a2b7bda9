using System.Text.RegularExpressions;
using BuenaMock.Jobs;

namespace BuenaMock.Auth;

/// <summary>The documented key formats.</summary>
internal static partial class KeyFormat
{
    /// <summary>User-specific keys: <c>bna_</c> and 64 hexadecimal characters.</summary>
    public static bool IsUserKey(string key) => UserKeyPattern().IsMatch(key);

    /// <summary>Global keys, shaped like the documentation's <c>abc12345-xyz789def456ghi123jkl</c>.</summary>
    public static bool IsGlobalKey(string key) => GlobalKeyPattern().IsMatch(key);

    [GeneratedRegex("^bna_[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserKeyPattern();

    [GeneratedRegex("^[a-z0-9]{8}-[a-z0-9]{21}$", RegexOptions.CultureInvariant)]
    private static partial Regex GlobalKeyPattern();
}
