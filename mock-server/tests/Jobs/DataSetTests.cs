using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public class DataSetTests
{
    public static TheoryData<int> Seeds => [1, 42, 2024, -5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_SameSeedAndClock_IdenticalData(int seed)
    {
        var first = DataSet.Generate(seed, TestClock.Now, userCount: 3, jobsPerUser: 60);
        var second = DataSet.Generate(seed, TestClock.Now, userCount: 3, jobsPerUser: 60);

        second.Users.Select(u => (u.Id, u.Name)).Should().Equal(first.Users.Select(u => (u.Id, u.Name)));
        JobJson.JobStatus(second.Jobs).Should().Equal(JobJson.JobStatus(first.Jobs));
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentData()
    {
        var first = DataSet.Generate(42, TestClock.Now, userCount: 3, jobsPerUser: 60);
        var second = DataSet.Generate(43, TestClock.Now, userCount: 3, jobsPerUser: 60);

        JobJson.JobStatus(second.Jobs).Should().NotEqual(JobJson.JobStatus(first.Jobs));
        second.Jobs.Select(j => j.Id).Should().NotIntersectWith(first.Jobs.Select(j => j.Id));
    }

    [Fact]
    public void Generate_DifferentClock_DifferentData()
    {
        var first = DataSet.Generate(42, TestClock.Now, userCount: 3, jobsPerUser: 60);
        var second = DataSet.Generate(42, TestClock.Now.AddDays(1), userCount: 3, jobsPerUser: 60);

        second.Jobs.Select(j => j.CreatedAt).Should().NotEqual(first.Jobs.Select(j => j.CreatedAt));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnySeed_FirstUserIsTheDocumentedUser(int seed)
    {
        var data = DataSet.Generate(seed, TestClock.Now, userCount: 3, jobsPerUser: 5);

        data.Users[0].Id.Should().Be("65e0a32640a597f6a7f897ea");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnySeed_UsersHaveUnique24HexIdsAndNames(int seed)
    {
        var users = DataSet.Generate(seed, TestClock.Now, userCount: 20, jobsPerUser: 0).Users;

        users.Should().HaveCount(20);
        users.Select(u => u.Id).Should().OnlyHaveUniqueItems();
        users.Should().OnlyContain(u => u.Id.Length == 24 && u.Id.All(char.IsAsciiHexDigitLower));
        users.Should().OnlyContain(u => !string.IsNullOrWhiteSpace(u.Name));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_EveryUser_HasJobsPerUserJobsOfAllFourStatuses(int seed)
    {
        var data = DataSet.Generate(seed, TestClock.Now, userCount: 3, jobsPerUser: 60);

        foreach (var user in data.Users)
        {
            var jobs = data.Jobs.Where(j => j.UserId == user.Id).ToList();
            jobs.Should().HaveCount(60, "user {0}", user.Id);
            jobs.Select(j => j.Status).Distinct().Should().BeEquivalentTo(JobStatuses.All, "user {0}", user.Id);
        }
    }

    [Fact]
    public void Generate_FourJobsPerUser_EveryUserStillHasAllFourStatuses()
    {
        var data = DataSet.Generate(42, TestClock.Now, userCount: 5, jobsPerUser: 4);

        foreach (var user in data.Users)
        {
            data.Jobs.Where(j => j.UserId == user.Id).Select(j => j.Status)
                .Should().BeEquivalentTo(JobStatuses.All, "user {0}", user.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_ManyUsers_JobIdsAreUnique(int seed)
    {
        var data = DataSet.Generate(seed, TestClock.Now, userCount: 10, jobsPerUser: 200);

        data.Jobs.Select(j => j.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Generate_UserIdsGiven_UsedInOrderAndTheRestGenerated()
    {
        string[] ids = ["aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb"];

        var data = DataSet.Generate(42, TestClock.Now, userCount: 3, jobsPerUser: 2, ids);

        data.Users.Select(u => u.Id).Take(2).Should().Equal(ids);
        new[] { ids[0], ids[1], DataSet.DocumentedUserId }.Should().NotContain(data.Users[2].Id);
        data.Jobs.Where(j => j.UserId == ids[0]).Should().HaveCount(2);
    }

    [Fact]
    public void Generate_ZeroJobsPerUser_UsersWithoutJobs()
    {
        var data = DataSet.Generate(42, TestClock.Now, userCount: 2, jobsPerUser: 0);

        data.Users.Should().HaveCount(2);
        data.Jobs.Should().BeEmpty();
    }
}
