using System.Collections.Concurrent;
using NJsonSchema;

namespace BuenaMock.Tests.Support;

/// <summary>Validates a body against a file of <c>schemas/</c>, failing with every violation and its JSON path.</summary>
internal static class SchemaAssert
{
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Schemas = new(StringComparer.Ordinal);

    public static async Task ValidAsync(string json, string schemaFile)
    {
        var schema = await Schemas.GetOrAdd(schemaFile, f => JsonSchema.FromFileAsync(RepositoryPaths.Of("schemas", f)));
        var errors = schema.Validate(json);
        errors.Select(e => $"{e.Path}: {e.Kind}").Should().BeEmpty("the body must follow {0}: {1}", schemaFile, json);
    }
}
