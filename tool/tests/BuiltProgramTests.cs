namespace BuenaMock.Tool.Tests;

/// <summary>The programs these tests start see their arguments only, not the runner's BUENAMOCK_* variables.</summary>
public sealed class BuiltProgramTests
{
    [Fact]
    public void StartInfo_RunnerHasABuenamockVariable_ProgramDoesNotInheritIt()
    {
        // A name no program reads, so setting it in this process changes no other test.
        const string name = BuiltProgram.Prefix + "TOOL_TESTS_PROBE";
        Environment.SetEnvironmentVariable(name, "1");
        try
        {
            var info = BuiltProgram.StartInfo("buenamock.dll", "--help");

            info.Environment.Keys.Should().NotContain(k => k.StartsWith(BuiltProgram.Prefix, StringComparison.Ordinal));
            info.Environment.Should().ContainKey("PATH", "only the BUENAMOCK_* variables are removed");
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
