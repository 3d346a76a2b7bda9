using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;
using FluentAssertions;

namespace BuenaMock.ContractTests.Rules;

/// <summary>The documented error bodies, beyond their schema.</summary>
public static class ErrorAssertions
{
    /// <summary>The exact text of the documented global-key 400.</summary>
    public const string GlobalKeyError = "When using global API key, please use the specific route: /api/v2/users/jobs/userJobStatus/:userId";

    public const string GlobalKeyAvailableRoute = "/api/v2/users/jobs/userJobStatus/:userId";

    public static ContractResponse ShouldBeUnauthorized(this ContractResponse response, SchemaCatalog schemas)
        => response.ShouldBeError(401, "UNAUTHORIZED", schemas, SchemaNames.Error401);

    public static ContractResponse ShouldBeNotFound(this ContractResponse response, SchemaCatalog schemas)
        => response.ShouldBeError(404, "NOT_FOUND", schemas, SchemaNames.Error404);

    public static ContractResponse ShouldBeMethodNotAllowed(this ContractResponse response, SchemaCatalog schemas)
        => response.ShouldBeError(405, "METHOD_NOT_ALLOWED", schemas, SchemaNames.Error405);

    /// <summary>403 PERMISSION_DENIED naming <paramref name="required"/>, with an <c>available</c> list that lacks it.</summary>
    public static ContractResponse ShouldBePermissionDenied(this ContractResponse response, SchemaCatalog schemas, string required)
    {
        response.ShouldBeError(403, "PERMISSION_DENIED", schemas, SchemaNames.Error403);
        var help = response.Json?["permissionHelp"];
        JsonRead.Text(help?["required"]).Should().Be(required, "permissionHelp.required names the permission the route needs{0}", response.Describe());
        JsonRead.Strings(help?["available"]).Should().NotContain(required,
            "permissionHelp.available lists the key's permissions, which lack the required one{0}", response.Describe());
        return response;
    }

    /// <summary>400 VALIDATION_ERROR whose message and details.fields both name one of <paramref name="parameters"/>.</summary>
    public static ContractResponse ShouldBeValidationError(this ContractResponse response, SchemaCatalog schemas, IReadOnlyCollection<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        response.ShouldBeError(400, "VALIDATION_ERROR", schemas, SchemaNames.Error400Validation);
        var names = string.Join(" or ", parameters);
        var message = JsonRead.Text(response.Json?["message"]) ?? string.Empty;
        parameters.Any(p => message.Contains(p, StringComparison.OrdinalIgnoreCase)).Should().BeTrue(
            "the message of a validation error names the parameter ({0}), but it is \"{1}\"{2}", names, message, response.Describe());
        var fields = response.Json?["details"]?["fields"]?.ToJsonString() ?? string.Empty;
        parameters.Any(p => fields.Contains(p, StringComparison.OrdinalIgnoreCase)).Should().BeTrue(
            "details.fields of a validation error names the parameter ({0}), but it is {1}{2}", names, fields.Length == 0 ? "absent" : fields, response.Describe());
        return response;
    }

    /// <summary>The documented bare 400 for a global key on a user route: exactly {error, availableRoute} as the page shows.</summary>
    public static ContractResponse ShouldBeGlobalKeyError(this ContractResponse response, SchemaCatalog schemas)
    {
        response.ShouldConform(400, schemas, SchemaNames.Error400GlobalKey);
        JsonRead.Text(response.Json?["error"]).Should().Be(GlobalKeyError, "the page documents this exact error text for a global key{0}", response.Describe());
        JsonRead.Text(response.Json?["availableRoute"]).Should().Be(GlobalKeyAvailableRoute, "the page documents this availableRoute{0}", response.Describe());
        (response.Json as JsonObject)?.ContainsKey("code").Should().BeFalse("the documented global-key 400 is the bare {{error, availableRoute}} body, not the envelope{0}", response.Describe());
        return response;
    }
}
