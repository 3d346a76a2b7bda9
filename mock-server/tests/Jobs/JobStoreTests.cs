using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public class JobStoreTests
{
    [Fact]
    public void EditMessage_KnownJob_ReplacesOnlyTheMessageEverywhere()
    {
        var store = new JobStore(DataSet.Generate(42, TestClock.Now, userCount: 2, jobsPerUser: 10));
        var original = store.AllJobs(TestClock.Now)[3];

        var updated = store.EditMessage(original.Id, "Retry scheduled by support", TestClock.Now);

        updated.Should().NotBeNull();
        updated!.Message.Should().Be("Retry scheduled by support");
        updated.Should().BeEquivalentTo(original, o => o.Excluding(j => j.Message));
        store.Find(original.Id, TestClock.Now)!.Message.Should().Be("Retry scheduled by support");
        store.JobsOf(original.UserId, TestClock.Now).Single(j => j.Id == original.Id).Message.Should().Be("Retry scheduled by support");
        store.AllJobs(TestClock.Now).Single(j => j.Id == original.Id).Message.Should().Be("Retry scheduled by support");
    }

    [Fact]
    public void EditMessage_KnownJob_BumpsVersionAndKeepsTheOrder()
    {
        var store = new JobStore(DataSet.Generate(42, TestClock.Now, userCount: 2, jobsPerUser: 10));
        var version = store.Version;
        var order = store.AllJobs(TestClock.Now).Select(j => j.Id).ToList();

        store.EditMessage(order[5], "edited", TestClock.Now);

        store.Version.Should().Be(version + 1);
        store.AllJobs(TestClock.Now).Select(j => j.Id).Should().Equal(order);
    }

    [Fact]
    public void EditMessage_UnknownJob_NullAndNothingChanges()
    {
        var store = new JobStore(DataSet.Generate(42, TestClock.Now, userCount: 2, jobsPerUser: 10));
        var version = store.Version;
        var before = store.AllJobs(TestClock.Now);

        store.EditMessage("job_doesnotexist", "edited", TestClock.Now).Should().BeNull();

        store.Version.Should().Be(version);
        store.AllJobs(TestClock.Now).Should().BeSameAs(before);
    }

    [Fact]
    public void EditMessage_ReaderHoldsAnOlderList_ItsListIsUnchanged()
    {
        var store = new JobStore(DataSet.Generate(42, TestClock.Now, userCount: 2, jobsPerUser: 10));
        var user = store.Users[0].Id;
        var heldByUser = store.JobsOf(user, TestClock.Now);
        var heldAll = store.AllJobs(TestClock.Now);
        var target = heldByUser[0];
        var oldMessage = target.Message;

        store.EditMessage(target.Id, "edited", TestClock.Now);

        heldByUser[0].Message.Should().Be(oldMessage);
        heldAll.Single(j => j.Id == target.Id).Message.Should().Be(oldMessage);
        store.JobsOf(user, TestClock.Now)[0].Message.Should().Be("edited");
    }

    [Fact]
    public void JobsOf_AnyUser_NewestFirstWithTiesById()
    {
        var store = new JobStore(TestJobs.Data(
            TestJobs.Make("job_b", createdAt: 100),
            TestJobs.Make("job_c", createdAt: 300),
            TestJobs.Make("job_a", createdAt: 100),
            TestJobs.Make("job_d", createdAt: 200, userId: TestJobs.UserB)));

        store.JobsOf(TestJobs.UserA, TestClock.Now).Select(j => j.Id).Should().Equal("job_c", "job_a", "job_b");
        store.JobsOf(TestJobs.UserB, TestClock.Now).Select(j => j.Id).Should().Equal("job_d");
        store.AllJobs(TestClock.Now).Select(j => j.Id).Should().Equal("job_c", "job_d", "job_a", "job_b");
    }

    [Fact]
    public void JobsOf_UnknownUser_Empty()
    {
        var store = new JobStore(TestJobs.Data(TestJobs.Make("job_a")));

        store.JobsOf("cccccccccccccccccccccccc", TestClock.Now).Should().BeEmpty();
        store.TryGetUser("cccccccccccccccccccccccc", out _).Should().BeFalse();
        store.TryGetUser(TestJobs.UserA, out var user).Should().BeTrue();
        user.Name.Should().Be("User A");
    }

    [Fact]
    public void Load_NewData_ReplacesEverythingAndBumpsVersion()
    {
        var store = new JobStore(TestJobs.Data(TestJobs.Make("job_a")));
        var version = store.Version;

        store.Load(TestJobs.Data(TestJobs.Make("job_b", userId: TestJobs.UserB)));

        store.Version.Should().Be(version + 1);
        store.Find("job_a", TestClock.Now).Should().BeNull();
        store.JobsOf(TestJobs.UserB, TestClock.Now).Select(j => j.Id).Should().Equal("job_b");
    }
}
