namespace BuenaMock.Options;

/// <summary>Options that cannot start a server; <see cref="Exception.Message"/> lists every problem, one a line.</summary>
public sealed class OptionsException : Exception
{
    public OptionsException(IReadOnlyList<string> problems)
        : base("BuenaMock options are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    public OptionsException()
        : this([])
    {
    }

    public OptionsException(string message)
        : this([message])
    {
    }

    public OptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
