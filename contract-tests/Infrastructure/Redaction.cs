namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>Keeps secrets out of failure messages.</summary>
public static class Redaction
{
    /// <summary>The number of leading characters of a key that a message may show.</summary>
    public const int VisibleKeyCharacters = 8;

    /// <summary>A key shortened to its first 8 characters and "…"; "(none)" when there is no key.</summary>
    public static string Key(string? key) => key switch
    {
        null => "(none)",
        { Length: <= VisibleKeyCharacters } => key + "…",
        _ => key[..VisibleKeyCharacters] + "…",
    };

    /// <summary>A text cut to <paramref name="max"/> characters, saying how much was left out.</summary>
    public static string Truncate(string text, int max = 2048)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : $"{text[..max]}… ({text.Length - max} more characters)";
    }
}
