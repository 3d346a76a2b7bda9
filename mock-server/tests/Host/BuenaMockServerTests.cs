using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Host;

public class BuenaMockServerTests
{
    [Fact]
    public void Start_InvalidOptions_OptionsExceptionListingEveryProblem()
    {
        var act = () => BuenaMockServer.Start(new BuenaMockOptions { Port = 70000, Users = 0 });

        act.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            "--port 70000: not a port number (0 to 65535)",
            "--users 0: must be between 1 and 1000");
    }

    [Fact]
    public void Start_KeyNamingAUserThatIsNotGenerated_OptionsException()
    {
        var act = () => MockHttp.Start(configure: o => o.Keys =
        [
            new ApiKeyOptions { Key = "bna_" + new string('a', 64), User = "aaaaaaaaaaaaaaaaaaaaaaaa", Permissions = ["users:read"] },
        ]);

        act.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            "keys[0].user \"aaaaaaaaaaaaaaaaaaaaaaaa\": no such user (set userIds, or use userIndex)");
    }
}
