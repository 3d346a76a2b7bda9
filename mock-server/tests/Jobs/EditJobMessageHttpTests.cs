using System.Text.Json;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public class EditJobMessageHttpTests
{
    [Fact]
    public async Task EditJobMessage_ThenReads_EveryRouteShowsTheNewMessage()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var user = mock.Store.Users[0].Id;
        var jobId = mock.Store.JobsOf(user, mock.Clock.GetUtcNow())[5].Id;
        const string message = "Paused by ops — \"retry\" after 14:00 ✓";

        using (var edit = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, JsonSerializer.Serialize(new { message })))
        {
            ((int)edit.StatusCode).Should().Be(200);
            var job = (await edit.ReadJsonAsync())["data"]!["job"]!;
            ((string?)job["id"]).Should().Be(jobId);
            ((string?)job["message"]).Should().Be(message);
        }

        MockHttp.MessageOf(await client.GetJsonAsync("users/jobs", MockHttp.FullKey), jobId).Should().Be(message);
        MockHttp.MessageOf(await client.GetJsonAsync("users/jobs?status=" + mock.Store.Find(jobId, mock.Clock.GetUtcNow())!.Status, MockHttp.FullKey), jobId).Should().Be(message);
        MockHttp.MessageOf(await client.GetJsonAsync("users/jobs/jobStatus", MockHttp.FullKey), jobId).Should().Be(message);
        MockHttp.MessageOf(await client.GetJsonAsync("users/jobs/jobStatus", MockHttp.GlobalKey), jobId).Should().Be(message);
        MockHttp.MessageOf(await client.GetJsonAsync($"users/jobs/jobStatus?userId={user}", MockHttp.GlobalKey), jobId).Should().Be(message);
        MockHttp.MessageOf(await client.GetJsonAsync($"users/jobs/userJobStatus/{user}", MockHttp.GlobalKey), jobId).Should().Be(message);
    }

    [Fact]
    public async Task EditJobMessage_GlobalKeyOnAnyUsersJob_Edited()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var user = mock.Store.Users[2].Id;
        var jobId = mock.Store.JobsOf(user, mock.Clock.GetUtcNow())[0].Id;

        using var edit = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.GlobalKey, """{"message":"edited by ops"}""");

        ((int)edit.StatusCode).Should().Be(200);
        MockHttp.MessageOf(await client.GetJsonAsync($"users/jobs/userJobStatus/{user}", MockHttp.GlobalKey), jobId).Should().Be("edited by ops");
    }

    public static TheoryData<string> MalformedBodies =>
    [
        "not json",
        "",
        "{}",
        "[]",
        "\"just a string\"",
        """{"message": ""}""",
        """{"message": "   "}""",
        """{"message": 42}""",
        """{"message": null}""",
        """{"message": ["a"]}""",
        """{"msg": "hello"}""",
        "{\"message\": \"unterminated",
        JsonSerializer.Serialize(new { message = new string('x', 1001) }),
    ];

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task EditJobMessage_MalformedBody_400AndNothingChanges(string body)
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var jobId = mock.Store.JobsOf(mock.Store.Users[0].Id, mock.Clock.GetUtcNow())[0].Id;
        var before = await client.GetBytesAsync("users/jobs/jobStatus", MockHttp.GlobalKey);
        var version = mock.Store.Version;

        using var edit = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, body);

        ((int)edit.StatusCode).Should().Be(400);
        var error = await edit.ReadJsonAsync();
        ((string?)error["code"]).Should().Be("VALIDATION_ERROR");
        ((string?)error["details"]!["fields"]![0]!["field"]).Should().Be("message");
        mock.Store.Version.Should().Be(version);
        (await client.GetBytesAsync("users/jobs/jobStatus", MockHttp.GlobalKey)).Should().Equal(before);
    }

    [Fact]
    public async Task EditJobMessage_Twice_LaterReadsShowTheLastMessage()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var jobId = mock.Store.JobsOf(mock.Store.Users[0].Id, mock.Clock.GetUtcNow())[0].Id;

        using (await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, """{"message":"first"}"""))
        using (await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, """{"message":"second"}"""))
        {
            MockHttp.MessageOf(await client.GetJsonAsync("users/jobs", MockHttp.FullKey), jobId).Should().Be("second");
        }
    }
}
