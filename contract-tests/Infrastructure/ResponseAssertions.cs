using System.Net.Http.Headers;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// The checks every response gets — status, content type, schema — each failing with the request, the
/// response and (for schemas) every violation.
/// </summary>
public static class ResponseAssertions
{
    /// <summary>Status, JSON content type with charset utf-8, and schema, in that order.</summary>
    public static ContractResponse ShouldConform(this ContractResponse response, int status, SchemaCatalog schemas, string schemaName)
    {
        response.ShouldHaveStatus(status);
        response.ShouldBeJsonUtf8();
        response.ShouldMatchSchema(schemas, schemaName);
        return response;
    }

    public static ContractResponse ShouldHaveStatus(this ContractResponse response, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode.Should().Be(status, "the contract requires status {0} here{1}", status, response.Describe());
        return response;
    }

    /// <summary>The content type is <c>application/json</c> with charset <c>utf-8</c> (both case-insensitive).</summary>
    public static ContractResponse ShouldBeJsonUtf8(this ContractResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var contentType = MediaTypeHeaderValue.TryParse(response.ContentType, out var parsed) ? parsed : null;
        (contentType?.MediaType).Should().BeEquivalentTo("application/json",
            "every JSON response must say Content-Type: application/json; charset=utf-8{0}", response.Describe());
        (contentType?.CharSet?.Trim('"')).Should().BeEquivalentTo("utf-8",
            "every JSON response must say Content-Type: application/json; charset=utf-8{0}", response.Describe());
        return response;
    }

    /// <summary>The body is JSON and valid against <paramref name="schemaName"/>.</summary>
    public static ContractResponse ShouldMatchSchema(this ContractResponse response, SchemaCatalog schemas, string schemaName)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(schemas);
        response.JsonError.Should().BeNull("the body must be JSON{0}", response.Describe());
        // A documented rule is judged by the documented parts of the schema only; the x-inferred parts are
        // inferred rules, judged by the tests that check them.
        var documentedOnly = RuleGate.CurrentRule?.Level == RuleLevel.Documented;
        var violations = SchemaViolations.Of(schemas.Get(schemaName), response.Body, documentedOnly);
        violations.Should().BeEmpty("the body must match {0}{1} (violations: path, kind, offending value):\n{2}{3}",
            schemaName, schemas.Strict ? " in strict mode" : string.Empty, string.Join("\n", violations), response.Describe());
        return response;
    }

    /// <summary>An error in the documented envelope: status, content type, schema, and <c>code</c>.</summary>
    public static ContractResponse ShouldBeError(this ContractResponse response, int status, string code, SchemaCatalog schemas, string schemaName)
    {
        response.ShouldConform(status, schemas, schemaName);
        JsonRead.Text(response.Json?["code"]).Should().Be(code, "a {0} error carries code {1}{2}", status, code, response.Describe());
        return response;
    }
}
