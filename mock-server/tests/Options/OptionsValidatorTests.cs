using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Options;

namespace BuenaMock.Tests.Options;

public class OptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_NoProblem()
    {
        OptionsValidator.Validate(new BuenaMockOptions()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(70000, "--port 70000: not a port number (0 to 65535)")]
    [InlineData(-1, "--port -1: not a port number (0 to 65535)")]
    public void Validate_PortOutOfRange_Problem(int port, string expected)
    {
        OptionsValidator.Validate(new BuenaMockOptions { Port = port }).Should().Equal(expected);
    }

    [Theory]
    [InlineData(0, "--users 0: must be between 1 and 1000")]
    [InlineData(1001, "--users 1001: must be between 1 and 1000")]
    public void Validate_UsersOutOfRange_Problem(int users, string expected)
    {
        OptionsValidator.Validate(new BuenaMockOptions { Users = users }).Should().Equal(expected);
    }

    [Theory]
    [InlineData(-1, "--jobs-per-user -1: must be between 0 and 1000000")]
    [InlineData(1_000_001, "--jobs-per-user 1000001: must be between 0 and 1000000")]
    public void Validate_JobsPerUserOutOfRange_Problem(int jobs, string expected)
    {
        OptionsValidator.Validate(new BuenaMockOptions { JobsPerUser = jobs }).Should().Equal(expected);
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(65535, 1000, 1_000_000)]
    public void Validate_ValuesAtTheLimits_NoProblem(int port, int users, int jobs)
    {
        OptionsValidator.Validate(new BuenaMockOptions { Port = port, Users = users, JobsPerUser = jobs }).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOneInOrder()
    {
        var options = new BuenaMockOptions { Host = " ", Port = 70000, Users = 0, JobsPerUser = -1 };

        OptionsValidator.Validate(options).Should().Equal(
            "--host: must not be empty",
            "--port 70000: not a port number (0 to 65535)",
            "--users 0: must be between 1 and 1000",
            "--jobs-per-user -1: must be between 0 and 1000000");
    }

    [Fact]
    public void Validate_BadUserIds_Problems()
    {
        var options = new BuenaMockOptions { Users = 1, UserIds = ["65E0A32640A597F6A7F897EA", "65e0a32640a597f6a7f897eb"] };

        OptionsValidator.Validate(options).Should().Equal(
            "userIds[0] \"65E0A32640A597F6A7F897EA\": not a user id (24 lowercase hex characters)",
            "userIds: 2 ids given for 1 users");
    }

    [Fact]
    public void Validate_BadKeys_OneProblemPerMistake()
    {
        var options = new BuenaMockOptions
        {
            Keys =
            [
                new ApiKeyOptions { Key = "", UserIndex = 0 },
                new ApiKeyOptions { Key = DefaultKeys.Full, User = "nothex", Permissions = ["users:read"] },
                new ApiKeyOptions { Key = DefaultKeys.Limited, UserIndex = -1 },
                new ApiKeyOptions { Key = DefaultKeys.Global, Kind = "global", Permissions = ["*"] },
            ],
        };

        OptionsValidator.Validate(options).Should().Equal(
            "keys[0].key: must be non-empty without spaces",
            "keys[1].user \"nothex\": not a user id (24 lowercase hex characters)",
            "keys[2].userIndex \"-1\": must not be negative");
    }

    [Fact]
    public void ThrowIfInvalid_Problems_ExceptionCarriesEveryProblem()
    {
        var act = () => OptionsValidator.ThrowIfInvalid(new BuenaMockOptions { Port = 70000, Users = 0 });

        act.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            "--port 70000: not a port number (0 to 65535)",
            "--users 0: must be between 1 and 1000");
    }

    [Fact]
    public void ThrowIfInvalid_ValidOptions_DoesNotThrow()
    {
        var act = () => OptionsValidator.ThrowIfInvalid(new BuenaMockOptions());

        act.Should().NotThrow();
    }
    [Fact]
    public void Validate_SameUserIdTwice_Problem()
    {
        // Regression: the second id was silently replaced by a generated one, so keys bound to it served another user.
        var options = new BuenaMockOptions { UserIds = ["aaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaa"] };

        OptionsValidator.Validate(options).Should().ContainSingle().Which.Should().StartWith("userIds[1] \"aaaaaaaaaaaaaaaaaaaaaaaa\"");
    }
}
