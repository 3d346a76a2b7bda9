using System.Text;
using BuenaMock.Jobs;

namespace BuenaMock.Tests.Jobs;

public class EditJobMessageTests
{
    [Theory]
    [InlineData("""{"message":"Retry tomorrow"}""", "Retry tomorrow")]
    [InlineData("""{"message":"caf\u00e9 \ud83d\ude80","other":1}""", "café 🚀")]
    [InlineData("""  {"message" : " padded "}  """, " padded ")]
    public void ReadMessage_ObjectWithStringMessage_TheMessage(string body, string expected)
    {
        JobRoutes.ReadMessage(Encoding.UTF8.GetBytes(body)).Should().Be(expected);
    }

    [Fact]
    public void ReadMessage_ExactlyTheLimit_Accepted()
    {
        var message = new string('x', JobRoutes.MaxMessageLength);

        JobRoutes.ReadMessage(Encoding.UTF8.GetBytes($$"""{"message":"{{message}}"}""")).Should().Be(message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"message":""}""")]
    [InlineData("""{"message":" \t "}""")]
    [InlineData("""{"message":1}""")]
    [InlineData("""{"message":{"text":"x"}}""")]
    [InlineData("{\"message\":\"x")]
    [InlineData("""{"message":"x"} trailing""")]
    [InlineData("""{"message":"\ud800"}""")]
    public void ReadMessage_NotAnObjectWithANonEmptyStringMessage_Null(string body)
    {
        JobRoutes.ReadMessage(Encoding.UTF8.GetBytes(body)).Should().BeNull();
    }

    [Fact]
    public void ReadMessage_OneOverTheLimit_Null()
    {
        var message = new string('x', JobRoutes.MaxMessageLength + 1);

        JobRoutes.ReadMessage(Encoding.UTF8.GetBytes($$"""{"message":"{{message}}"}""")).Should().BeNull();
    }

    [Fact]
    public void ReadMessage_DeeplyNestedBody_NullNotACrash()
    {
        var body = new string('[', 10_000) + new string(']', 10_000);

        JobRoutes.ReadMessage(Encoding.UTF8.GetBytes(body)).Should().BeNull();
    }
}
