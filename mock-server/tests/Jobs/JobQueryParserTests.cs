using BuenaMock.Errors;
using BuenaMock.Jobs;
using Microsoft.Extensions.Primitives;

namespace BuenaMock.Tests.Jobs;

public class JobQueryParserTests
{
    [Fact]
    public void Parse_AllFiltersValid_BuildsTheQuery()
    {
        var result = Parse(("startDate", "100"), ("endDate", "200"), ("status", "completed"), ("type", "linkedin_action"));

        result.IsValid.Should().BeTrue();
        result.Query.Should().Be(new JobQuery(100, 200, "completed", "linkedin_action"));
        result.UserId.Should().BeNull();
    }

    [Fact]
    public void Parse_NoParameters_SelectsEverything()
    {
        var result = Parse();

        result.IsValid.Should().BeTrue();
        result.Query.Should().Be(JobQuery.All);
    }

    [Theory]
    [InlineData("startDate", "abc")]
    [InlineData("startDate", "-1")]
    [InlineData("startDate", "1.5")]
    [InlineData("startDate", "1e3")]
    [InlineData("startDate", "")]
    [InlineData("startDate", " 5")]
    [InlineData("startDate", "+5")]
    [InlineData("startDate", "99999999999999999999999")]
    [InlineData("endDate", "abc")]
    [InlineData("endDate", "-1")]
    [InlineData("endDate", "1.5")]
    [InlineData("endDate", "99999999999999999999999")]
    public void Parse_DateNotANonNegativeInteger_ErrorNamesTheField(string field, string value)
    {
        var result = Parse((field, value));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Equal(new FieldError(field, "must be a non-negative whole number of unix seconds"));
    }

    [Theory]
    [InlineData("startDate")]
    [InlineData("endDate")]
    public void Parse_DateAfterYear9999_ErrorNamesTheField(string field)
    {
        var result = Parse((field, "253402300800"));

        result.Errors.Should().Equal(new FieldError(field, "must not be after 253402300799 (9999-12-31T23:59:59Z)"));
    }

    [Fact]
    public void Parse_DatesAtTheLimits_Valid()
    {
        var result = Parse(("startDate", "0"), ("endDate", "253402300799"));

        result.IsValid.Should().BeTrue();
        result.Query.Should().Be(new JobQuery(0, 253_402_300_799));
    }

    [Fact]
    public void Parse_EndDateBeforeStartDate_ErrorNamesEndDate()
    {
        var result = Parse(("startDate", "200"), ("endDate", "199"));

        result.Errors.Should().Equal(new FieldError("endDate", "must not be before startDate"));
    }

    [Fact]
    public void Parse_EndDateEqualsStartDate_Valid()
    {
        Parse(("startDate", "200"), ("endDate", "200")).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("startDate")]
    [InlineData("endDate")]
    [InlineData("status")]
    [InlineData("type")]
    public void Parse_ParameterRepeated_ErrorNamesTheField(string field)
    {
        var query = new Dictionary<string, StringValues> { [field] = new(["1", "2"]) };

        var result = JobQueryParser.Parse(query);

        result.Errors.Should().Equal(new FieldError(field, "must be given once"));
    }

    [Fact]
    public void Parse_BothDatesInvalid_OneErrorPerField()
    {
        var result = Parse(("startDate", "x"), ("endDate", "y"));

        result.Errors.Select(e => e.Field).Should().Equal("startDate", "endDate");
    }

    [Theory]
    [InlineData("status", "archived")]
    [InlineData("type", "email_campaign")]
    public void Parse_UnknownStatusOrType_NotAnError(string field, string value)
    {
        var result = Parse((field, value));

        result.IsValid.Should().BeTrue("an unknown value selects nothing rather than failing");
        (field == "status" ? result.Query.Status : result.Query.Type).Should().Be(value);
    }

    [Fact]
    public void Parse_UnknownParameter_Ignored()
    {
        Parse(("page", "2")).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_UserIdWhereAllowed_Read()
    {
        var result = JobQueryParser.Parse(Query(("userId", "65e0a32640a597f6a7f897ea")), allowUserId: true);

        result.IsValid.Should().BeTrue();
        result.UserId.Should().Be("65e0a32640a597f6a7f897ea");
    }

    [Fact]
    public void Parse_UserIdWhereNotAllowed_Ignored()
    {
        var result = Parse(("userId", "65e0a32640a597f6a7f897ea"));

        result.IsValid.Should().BeTrue();
        result.UserId.Should().BeNull();
    }

    [Fact]
    public void Parse_UserIdRepeated_ErrorNamesUserId()
    {
        var query = new Dictionary<string, StringValues> { ["userId"] = new(["a", "b"]) };

        JobQueryParser.Parse(query, allowUserId: true).Errors.Should().Equal(new FieldError("userId", "must be given once"));
    }

    private static JobQueryParser.Result Parse(params (string Name, string Value)[] parameters) =>
        JobQueryParser.Parse(Query(parameters));

    private static Dictionary<string, StringValues> Query(params (string Name, string Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => new StringValues(p.Value), StringComparer.Ordinal);
}
