namespace BuenaMock.Options;

/// <summary>
/// One thing wrong with a setting, as a value. <see cref="Field"/> is the setting in the spelling of
/// the config file and the control API (<c>errorRate</c>, <c>errorKinds[1]</c>, <c>keys[0].userIndex</c>;
/// empty when the problem is not about one setting), <see cref="Value"/> the value as shown to the user
/// (null when there is none to show), <see cref="Source"/> where the value came from. Each surface
/// names the setting its own way: <c>--error-rate 2</c>, <c>BUENAMOCK_ERROR_RATE=2</c>,
/// <c>config errorRate "2"</c>, or the field <c>errorRate</c> of a 400.
/// </summary>
internal sealed record OptionProblem(string Field, string? Value, string Message, OptionSource Source = OptionSource.Given)
{
    /// <summary>A problem that is about no one setting (the command line's own parse errors).</summary>
    public static OptionProblem General(string message) => new("", null, message);

    /// <summary>The top-level entry the setting belongs to: <c>keys[1]</c> for <c>keys[1].userIndex</c>.</summary>
    public string Entry => Field.Split('.')[0];

    /// <summary>The setting the problem is about, as its source is recorded: <c>keys</c> for <c>keys[1].userIndex</c>.</summary>
    public string Setting => Entry.Split('[')[0];

    /// <summary>One line of <see cref="OptionsException"/>: <c>BUENAMOCK_PORT=99999: not a port number (0 to 65535)</c>.</summary>
    public override string ToString() => Field.Length == 0 ? Message : $"{Where()}: {Message}";

    /// <summary>The setting as the user gave it: <c>--state s.json</c>, <c>BUENAMOCK_STATE=s.json</c>, <c>config state "s.json"</c>.</summary>
    public string Where()
    {
        var shown = Value is null ? "" : " " + Value;
        return (Source, OptionsLoader.IsOption(Field)) switch
        {
            (OptionSource.ConfigFile, _) => Value is null ? $"config {Field}" : $"config {Field} \"{Value}\"",
            (OptionSource.Environment, true) => $"{OptionSpec.EnvironmentVariableOf(Field)}={Value}",
            (_, true) => "--" + OptionSpec.NameOf(Field) + shown,

            // Settings with no option of their own (keys, userIds, given in code) are named by their path, the value quoted as in a config file.
            _ => Value is null ? Field : $"{Field} \"{Value}\"",
        };
    }
}

/// <summary>Where a setting's value came from, so a problem names it as the user wrote it.</summary>
internal enum OptionSource
{
    /// <summary>Set in code (<see cref="BuenaMockOptions"/>), or by nothing: named as its command-line option.</summary>
    Given,
    CommandLine,
    Environment,
    ConfigFile,
}
