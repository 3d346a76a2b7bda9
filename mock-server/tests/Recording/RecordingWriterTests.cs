using BuenaMock.Recording;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Recording;

public class RecordingWriterTests
{
    [Theory]
    [InlineData(1, "GET", "/api/v2/users/jobs", "0001-get-users-jobs.json")]
    [InlineData(42, "PUT", "/api/v2/users/jobs/editJobMessage/65e0a3", "0042-put-users-jobs-editjobmessage-65e0a3.json")]
    [InlineData(12345, "GET", "/api/v2/health", "12345-get-health.json")]
    [InlineData(3, "GET", "/api/v2", "0003-get.json")]
    [InlineData(4, "GET", "/api/v2/../../../etc/passwd", "0004-get-etc-passwd.json")]
    [InlineData(5, "GET", "/api/v2/a%2F..%2F..%5Cb/C:\\x", "0005-get-a-2f-2f-5cb-c-x.json")]
    [InlineData(6, "", "", "0006-request.json")]
    [InlineData(7, "GET", "/api/v2/ä/日本/ ", "0007-get.json")]
    public void FileName_AnyRequest_CounterThenLowercaseLettersDigitsAndDashes(long counter, string method, string path, string expected)
    {
        RecordingWriter.FileName(counter, method, path).Should().Be(expected);
    }

    [Fact]
    public void FileName_LongPath_Capped()
    {
        var name = RecordingWriter.FileName(1, "GET", "/api/v2/" + new string('x', 500));

        name.Length.Should().BeLessThanOrEqualTo(4 + 1 + 60 + 5);
    }

    [Fact]
    public void Write_TwoWriters_NeitherOverwritesTheOther()
    {
        using var folder = new RecordingFolder();
        var first = RecordingWriter.Open(folder.Path);
        var second = RecordingWriter.Open(folder.Path);

        var a = first.Write("GET", "/api/v2/health", "{\"a\":1}"u8.ToArray());
        var b = second.Write("GET", "/api/v2/health", "{\"b\":2}"u8.ToArray());

        a.Should().NotBe(b);
        folder.Files().Select(Path.GetFileName).Should().Equal("0001-get-health.json", "0002-get-health.json");
        File.ReadAllText(a).Should().Be("{\"a\":1}");
        File.ReadAllText(b).Should().Be("{\"b\":2}");
    }
}
