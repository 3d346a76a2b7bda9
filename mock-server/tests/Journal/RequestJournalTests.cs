using BuenaMock.Journal;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Journal;

public class RequestJournalTests
{
    [Fact]
    public void Recent_FewerThanCapacity_AllOldestFirst()
    {
        var journal = new RequestJournal(capacity: 5);
        journal.Add(Entry(1));
        journal.Add(Entry(2));

        journal.Recent().Select(e => e.Id).Should().Equal("req_1", "req_2");
        journal.Total.Should().Be(2);
    }

    [Fact]
    public void Add_BeyondCapacity_KeepsOnlyTheMostRecent()
    {
        var journal = new RequestJournal(capacity: 3);
        for (var i = 1; i <= 10; i++)
        {
            journal.Add(Entry(i));
        }

        journal.Recent().Select(e => e.Id).Should().Equal("req_8", "req_9", "req_10");
        journal.Total.Should().Be(10);
        journal.Capacity.Should().Be(3);
    }

    [Fact]
    public void Recent_Limit_TheMostRecentOnes()
    {
        var journal = new RequestJournal(capacity: 10);
        for (var i = 1; i <= 6; i++)
        {
            journal.Add(Entry(i));
        }

        journal.Recent(2).Select(e => e.Id).Should().Equal("req_5", "req_6");
        journal.Recent(100).Should().HaveCount(6);
    }

    [Fact]
    public void Add_LongPathAndQuery_CutToTheMaximum()
    {
        var journal = new RequestJournal();

        journal.Add(Entry(1) with { Path = "/" + new string('a', 5000), Query = new string('q', 5000) });

        var kept = journal.Recent().Single();
        kept.Path.Length.Should().Be(RequestJournal.MaxTextLength + 1);
        kept.Query.Should().EndWith("…");
    }

    [Fact]
    public void Clear_EmptiesTheJournal()
    {
        var journal = new RequestJournal(capacity: 2);
        journal.Add(Entry(1));

        journal.Clear();

        journal.Recent().Should().BeEmpty();
        journal.Total.Should().Be(0);
    }

    [Fact]
    public async Task Add_ConcurrentWriters_NeverMoreThanCapacity()
    {
        var journal = new RequestJournal(capacity: 100);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                journal.Add(Entry((w * 1000) + i));
            }
        })));

        journal.Recent().Should().HaveCount(100).And.OnlyHaveUniqueItems();
        journal.Total.Should().Be(8000);
    }

    private static JournalEntry Entry(int n) =>
        new($"req_{n}", TestClock.Now, "GET", "/api/v2/health", "", 200, "health", null, 1, null);
}
