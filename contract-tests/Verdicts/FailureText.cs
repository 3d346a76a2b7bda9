namespace BuenaMock.ContractTests.Verdicts;

/// <summary>Splits an assertion message into what differed and the exchange it names (see ContractResponse.Describe).</summary>
public static class FailureText
{
    /// <summary>The part of a failure message before the first request/response block: what differed.</summary>
    public static string Finding(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cut = message.IndexOf("request:  ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
