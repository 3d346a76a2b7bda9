using BuenaMock.Journal;
using Microsoft.Extensions.Primitives;

namespace BuenaMock.Tests.Journal;

public class JournalRequestTests
{
    [Fact]
    public void Headers_NamesValuesAndRepeats_LowerCaseInOrderEachValueOnceKeysRedacted()
    {
        var sent = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase)
        {
            ["Host"] = "127.0.0.1:5080",
            ["X-API-KEY"] = "bna_" + new string('1', 64),
            ["Accept"] = new StringValues(["application/json", "text/plain"]),
            ["Authorization"] = "Bearer secret-token",
            ["X-Long"] = new string('v', RequestJournal.MaxTextLength + 5),
            ["X-Empty"] = StringValues.Empty,
        };

        var kept = JournalRequest.Headers(sent);

        kept.Should().Equal(
            new("host", "127.0.0.1:5080"),
            new("x-api-key", "bna_1111…"),
            new("accept", "application/json"),
            new("accept", "text/plain"),
            new("authorization", "Bearer …"),
            new("x-long", new string('v', RequestJournal.MaxTextLength) + "…"));
    }

    [Fact]
    public void Headers_None_Empty()
    {
        JournalRequest.Headers(new Dictionary<string, StringValues>()).Should().BeEmpty();
    }

    [Fact]
    public void Headers_MoreValuesThanHeaders_AllKept()
    {
        var sent = new Dictionary<string, StringValues> { ["Cookie"] = new StringValues(["a=1", "b=2", "c=3", "d=4", "e=5"]) };

        JournalRequest.Headers(sent).Select(h => h.Value).Should().Equal("a=1", "b=2", "c=3", "d=4", "e=5");
    }
}
