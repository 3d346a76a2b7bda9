using System.Globalization;
using BuenaMock.Auth;
using BuenaMock.Jobs;
using Microsoft.Extensions.Configuration;

namespace BuenaMock.Options;

/// <summary>Reads the JSON config file: the scalar options in camelCase, plus <c>keys</c> and <c>userIds</c>.</summary>
internal static class ConfigFile
{
    /// <summary>Applies the file at <paramref name="path"/> (given by <paramref name="source"/>), recording in <paramref name="origins"/> each option it set.</summary>
    public static void Apply(string path, OptionSource source, BuenaMockOptions options, IReadOnlyList<OptionSpec> specs, List<OptionProblem> problems, Dictionary<string, OptionSource> origins)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            problems.Add(new("config", path, "file not found", source));
            return;
        }

        IConfigurationRoot config;
        try
        {
            config = new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            problems.Add(new("config", path, $"cannot be read ({(ex.InnerException ?? ex).Message})", source));
            return;
        }

        var known = new HashSet<string>(specs.Select(s => s.ConfigField), StringComparer.OrdinalIgnoreCase) { "keys", "userIds" };
        foreach (var child in config.GetChildren())
        {
            if (!known.Contains(child.Key))
            {
                problems.Add(new("config", path, $"unknown field \"{child.Key}\"", source));
            }
        }

        foreach (var spec in specs)
        {
            if (config[spec.ConfigField] is { } value)
            {
                OptionsLoader.Apply(spec, value, OptionSource.ConfigFile, options, problems, origins);
            }
            else if (config.GetSection(spec.ConfigField).GetChildren().Any())
            {
                problems.Add(new(spec.ConfigField, null, "must be a single value, not an object or array", OptionSource.ConfigFile));
            }
        }

        var userIds = config.GetSection("userIds");
        if (userIds.Exists())
        {
            options.UserIds = Elements(userIds).Select(s => s.Value ?? "").ToList();
            origins["userIds"] = OptionSource.ConfigFile;
        }

        var keys = config.GetSection("keys");
        if (keys.Exists())
        {
            options.Keys = Elements(keys).Select((k, i) => ReadKey(k, i, problems)).ToList();
            origins["keys"] = OptionSource.ConfigFile;
        }
    }

    private static ApiKeyOptions ReadKey(IConfigurationSection section, int index, List<OptionProblem> problems)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"keys[{index}]");
        var key = new ApiKeyOptions
        {
            Key = section["key"] ?? "",
            Kind = section["kind"] ?? "user",
            User = section["user"],
            Name = section["name"],
            Permissions = Elements(section.GetSection("permissions")).Select(p => p.Value ?? "").ToList(),
        };

        // A key entry's values are read as the options' own are: the same whole numbers, booleans and instants.
        Read("userIndex", value => OptionParsers.ParseInt(value, n => key.UserIndex = n, "not a whole number"));
        Read("active", value => OptionParsers.ParseBool(value, flag => key.Active = flag));
        Read("expiresAt", value => OptionParsers.ParseInstant(value, instant => key.ExpiresAt = instant));

        return key;

        void Read(string field, Func<string, string?> parse)
        {
            if (section[field] is { } value && parse(value) is { } problem)
            {
                problems.Add(new($"{where}.{field}", value, problem, OptionSource.ConfigFile));
            }
        }
    }

    // Configuration flattens arrays into sections "0", "1", …; keep their numeric order.
    private static IEnumerable<IConfigurationSection> Elements(IConfigurationSection array) =>
        array.GetChildren().OrderBy(s => int.TryParse(s.Key, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue);
}
