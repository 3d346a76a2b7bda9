using CsCheck;
using Xunit.Sdk;

namespace BuenaMock.ContractTests.Properties;

/// <summary>
/// Runs a CsCheck generator for a fixed number of cases from one seed, deterministically: the same seed gives the
/// same cases in the same order. A failure names the case, the seed of that case, and the command that reruns it
/// first. (CsCheck's own Sample seeds only its first case; HTTP properties want a reproducible run.)
/// </summary>
public static class SeededProperty
{
    public static async Task RunAsync<T>(Gen<T> gen, Func<T, Task> check, string seed, int iterations, string testName)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(check);
        PCG pcg;
        try
        {
            pcg = PCG.Parse(seed);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidOperationException($"BUENA_CONTRACT_SEED '{seed}' is not a CsCheck seed (like {Infrastructure.TargetConfiguration.DefaultPropertySeed}).", e);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{testName}: {iterations} cases from seed {seed}");
        for (var i = 0; i < iterations; i++)
        {
            var caseSeed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await check(value);
            }
            catch (SkipException)
            {
                throw;
            }
#pragma warning disable CA1031 // Any failure of a case is reported with its seed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                throw new XunitException(
                    $"""
                    Property {testName} failed at case {i + 1} of {iterations}: {value}
                    Run seed: {seed}; this case's seed: {caseSeed}. Rerun it first with:
                        BUENA_CONTRACT_SEED={caseSeed} dotnet test contract-tests --filter "FullyQualifiedName~{testName}"
                    {e.Message}
                    """);
            }
        }
    }
}
