namespace BuenaMock.Mutants;

/// <summary>
/// One fault of the API: a change to the request before the mock sees it, to the answer after, or an answer of its
/// own. <see cref="Level"/> says which rules it breaks: documented ones (the default level must fail) or only
/// inferred ones (only <c>BUENA_CONTRACT_LEVEL=inferred</c> must fail).
/// </summary>
public sealed record Mutant(string Name, string Level, string Fault)
{
    public const string Documented = "documented";
    public const string Inferred = "inferred";

    /// <summary>Changes the request, or answers it instead of the mock (return an answer).</summary>
    public Func<Exchange, Upstream, Task<Answer?>>? OnRequest { get; init; }

    /// <summary>Changes the mock's answer.</summary>
    public Func<Exchange, Answer, Upstream, Task>? OnAnswer { get; init; }
}
