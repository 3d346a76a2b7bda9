using BuenaMock.Options;

namespace BuenaMock.Tests.Options;

public class OptionsExceptionTests
{
    [Fact]
    public void Message_SeveralProblems_OnePerLineUnderAHeading()
    {
        var exception = new OptionsException(["--port abc: not a port number", "--users 0: must be between 1 and 1000"]);

        exception.Message.Should().Be(
            "BuenaMock options are invalid:" + Environment.NewLine
            + "  --port abc: not a port number" + Environment.NewLine
            + "  --users 0: must be between 1 and 1000");
        exception.Problems.Should().Equal("--port abc: not a port number", "--users 0: must be between 1 and 1000");
    }

    [Fact]
    public void Message_OneProblem_ListedUnderTheHeading()
    {
        new OptionsException("--seed x: not an integer").Message
            .Should().Be("BuenaMock options are invalid:" + Environment.NewLine + "  --seed x: not an integer");
    }
}
