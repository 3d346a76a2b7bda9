using NJsonSchema;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// The schema files copied into the test output (<c>schemas/</c>), loaded once with their relative <c>$ref</c>s
/// resolved. In strict mode every object schema that declares properties forbids any other (see <see cref="StrictSchemaWalker"/>).
/// </summary>
public sealed class SchemaCatalog
{
    private readonly Dictionary<string, JsonSchema> _schemas;
    private readonly Dictionary<string, string> _loadErrors;

    private SchemaCatalog(string directory, bool strict, Dictionary<string, JsonSchema> schemas, Dictionary<string, string> loadErrors)
    {
        Directory = directory;
        Strict = strict;
        _schemas = schemas;
        _loadErrors = loadErrors;
    }

    /// <summary>The output folder the schemas are copied to.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    public string Directory { get; }

    public bool Strict { get; }

    /// <summary>The file names that loaded.</summary>
    public IReadOnlyCollection<string> Names => _schemas.Keys;

    /// <summary>Loads every <c>*.json</c> schema of <paramref name="directory"/>; a file that fails is reported when a test asks for it.</summary>
    public static async Task<SchemaCatalog> LoadAsync(string directory, bool strict)
    {
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (System.IO.Directory.Exists(directory))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
                try
                {
                    var schema = await JsonSchema.FromFileAsync(file);
                    if (strict)
                    {
                        StrictSchemaWalker.ForbidUndeclaredProperties(schema);
                    }

                    schemas[name] = schema;
                }
#pragma warning disable CA1031 // A broken schema file must fail the tests that use it, with its reason, not the whole run.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    errors[name] = $"{e.GetType().Name}: {e.Message}";
                }
            }
        }

        return new SchemaCatalog(directory, strict, schemas, errors);
    }

    /// <summary>The schema of <paramref name="name"/>, or an exception that says why it is not there.</summary>
    public JsonSchema Get(string name)
    {
        if (_schemas.TryGetValue(name, out var schema))
        {
            return schema;
        }

        if (_loadErrors.TryGetValue(name, out var error))
        {
            throw new InvalidOperationException($"Schema {name} in {Directory} failed to load: {error}");
        }

        throw new InvalidOperationException(
            $"Schema {name} is not in {Directory} (loaded: {(_schemas.Count == 0 ? "none" : string.Join(", ", _schemas.Keys))}). " +
            "The suite copies ../schemas/** into its output at build time; is the file missing from schemas/?");
    }
}
