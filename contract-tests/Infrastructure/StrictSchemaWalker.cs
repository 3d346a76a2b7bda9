using NJsonSchema;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// Strict mode (<c>BUENA_CONTRACT_STRICT=1</c>): walks a loaded schema and everything it reaches (references,
/// definitions, properties, items, allOf/anyOf/oneOf) and sets <c>additionalProperties: false</c> on every object
/// schema (<c>"type": "object"</c>) that declares properties — so a misspelt or invented field fails.
/// </summary>
/// <remarks>
/// Only schemas typed as objects are closed: the untyped fragments the schemas use to state rules
/// (<c>anyOf[not(condition), consequence]</c>, since NJsonSchema ignores if/then/else) name a property or two and must
/// keep accepting the rest; closing them would make every rule vacuous. Nothing under <c>not</c> is touched, for the
/// same reason. A draft-07 <c>additionalProperties: false</c> only sees its own schema object, so should a shape be
/// composed with <c>allOf</c>, each closed member also accepts the names its allOf siblings and its typed
/// oneOf/anyOf branches declare.
/// </remarks>
public static class StrictSchemaWalker
{
    public static void ForbidUndeclaredProperties(JsonSchema root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var visited = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonSchema>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (!visited.Add(schema))
            {
                continue;
            }

            Tighten(schema);
            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Whether strict mode closes <paramref name="schema"/>: typed as an object and declaring properties.</summary>
    public static bool IsClosable(JsonSchema schema)
        => schema is not null && schema.Type.HasFlag(JsonObjectType.Object) && schema.Properties.Count > 0;

    private static void Tighten(JsonSchema schema)
    {
        var allOf = AllOfMembers(schema).ToList();
        var branches = schema.OneOf.Concat(schema.AnyOf).Select(b => b.ActualSchema).Where(IsClosable).ToList();

        var allOfNames = schema.Properties.Keys.Concat(allOf.Where(IsClosable).SelectMany(m => m.Properties.Keys)).ToHashSet(StringComparer.Ordinal);
        var branchNames = branches.SelectMany(b => b.Properties.Keys).ToHashSet(StringComparer.Ordinal);

        Close(schema, allOf.Count > 0 ? allOfNames.Concat(branchNames) : branchNames);
        foreach (var member in allOf)
        {
            Close(member, allOfNames.Concat(branchNames));
        }

        foreach (var branch in branches)
        {
            Close(branch, schema.Properties.Keys);
        }
    }

    private static void Close(JsonSchema schema, IEnumerable<string> alsoAccepted)
    {
        if (!IsClosable(schema))
        {
            return;
        }

        foreach (var name in alsoAccepted.ToList())
        {
            if (!schema.Properties.ContainsKey(name))
            {
                schema.Properties[name] = new JsonSchemaProperty();
            }
        }

        schema.AllowAdditionalProperties = false;
    }

    private static IEnumerable<JsonSchema> AllOfMembers(JsonSchema schema)
    {
        foreach (var member in schema.AllOf.Select(m => m.ActualSchema))
        {
            yield return member;
            foreach (var nested in AllOfMembers(member))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<JsonSchema> Children(JsonSchema schema)
    {
        if (schema.Reference is { } reference)
        {
            yield return reference;
        }

        foreach (var child in schema.Properties.Values
            .Concat<JsonSchema>(schema.PatternProperties.Values)
            .Concat(schema.Definitions.Values)
            .Concat(schema.AllOf)
            .Concat(schema.AnyOf)
            .Concat(schema.OneOf)
            .Concat(schema.Items))
        {
            yield return child;
        }

        foreach (var single in new[] { schema.Item, schema.AdditionalPropertiesSchema, schema.AdditionalItemsSchema })
        {
            if (single is not null)
            {
                yield return single;
            }
        }
    }
}
