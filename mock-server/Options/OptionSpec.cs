namespace BuenaMock.Options;

/// <summary>
/// One option: its command-line name (<c>--jobs-per-user</c>), and how a text value is applied to
/// <see cref="BuenaMockOptions"/> (returning what is wrong with it, or null when it is fine). A flag
/// needs no value on the command line (<c>--no-control</c> means <c>true</c>); a list may be repeated
/// on the command line and is comma-separated elsewhere.
/// </summary>
internal sealed record OptionSpec(string Name, string Description, Func<BuenaMockOptions, string, string?> Apply, OptionKind Kind = OptionKind.Value)
{
    /// <summary><c>jobs-per-user</c> → <c>BUENAMOCK_JOBS_PER_USER</c>.</summary>
    public string EnvironmentVariable => EnvironmentVariableOf(ConfigField);

    /// <summary><c>jobs-per-user</c> → <c>jobsPerUser</c>.</summary>
    public string ConfigField
    {
        get
        {
            var parts = Name.Split('-');
            return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        }
    }

    /// <summary><c>jobsPerUser</c> → <c>jobs-per-user</c>.</summary>
    public static string NameOf(string configField) =>
        string.Concat(configField.Select(c => char.IsAsciiLetterUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary><c>jobsPerUser</c> → <c>BUENAMOCK_JOBS_PER_USER</c>.</summary>
    public static string EnvironmentVariableOf(string configField) => "BUENAMOCK_" + NameOf(configField).Replace('-', '_').ToUpperInvariant();
}

/// <summary>How an option takes its value on the command line.</summary>
internal enum OptionKind
{
    Value,
    Flag,
    List,
}
