using System.Globalization;
using BuenaMock.Auth;
using BuenaMock.Jobs;
using Microsoft.Extensions.Configuration;

namespace BuenaMock.Options;

/// <summary>Reads the JSON config file: the scalar options in camelCase, plus <c>keys</c> and <c>userIds</c>.</summary>
internal static class ConfigFile
{
    public static void Apply(string path, BuenaMockOptions options, IReadOnlyList<OptionSpec> specs, List<string> problems)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            problems.Add($"--config {path}: file not found");
            return;
        }

        IConfigurationRoot config;
        try
        {
            config = new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"--config {path}: cannot be read ({(ex.InnerException ?? ex).Message})");
            return;
        }

        var known = new HashSet<string>(specs.Select(s => s.ConfigField), StringComparer.OrdinalIgnoreCase) { "keys", "userIds" };
        foreach (var child in config.GetChildren())
        {
            if (!known.Contains(child.Key))
            {
                problems.Add($"--config {path}: unknown field \"{child.Key}\"");
            }
        }

        foreach (var spec in specs)
        {
            if (config[spec.ConfigField] is { } value)
            {
                OptionsLoader.Apply(spec, value, $"config {spec.ConfigField} \"{value}\"", options, problems);
            }
            else if (config.GetSection(spec.ConfigField).GetChildren().Any())
            {
                problems.Add($"config {spec.ConfigField}: must be a single value, not an object or array");
            }
        }

        var userIds = config.GetSection("userIds");
        if (userIds.Exists())
        {
            options.UserIds = Elements(userIds).Select(s => s.Value ?? "").ToList();
        }

        var keys = config.GetSection("keys");
        if (keys.Exists())
        {
            options.Keys = Elements(keys).Select((k, i) => ReadKey(k, i, problems)).ToList();
        }
    }

    private static ApiKeyOptions ReadKey(IConfigurationSection section, int index, List<string> problems)
    {
        var where = $"config keys[{index}]";
        var key = new ApiKeyOptions
        {
            Key = section["key"] ?? "",
            Kind = section["kind"] ?? "user",
            User = section["user"],
            Name = section["name"],
            Permissions = Elements(section.GetSection("permissions")).Select(p => p.Value ?? "").ToList(),
        };

        if (section["userIndex"] is { } userIndex)
        {
            if (int.TryParse(userIndex, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                key.UserIndex = n;
            }
            else
            {
                problems.Add($"{where}.userIndex \"{userIndex}\": not a whole number");
            }
        }

        if (section["active"] is { } active)
        {
            if (bool.TryParse(active, out var flag))
            {
                key.Active = flag;
            }
            else
            {
                problems.Add($"{where}.active \"{active}\": not true or false");
            }
        }

        if (section["expiresAt"] is { } expiresAt)
        {
            if (DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                key.ExpiresAt = instant;
            }
            else
            {
                problems.Add($"{where}.expiresAt \"{expiresAt}\": not an ISO-8601 instant");
            }
        }

        return key;
    }

    // Configuration flattens arrays into sections "0", "1", …; keep their numeric order.
    private static IEnumerable<IConfigurationSection> Elements(IConfigurationSection array) =>
        array.GetChildren().OrderBy(s => int.TryParse(s.Key, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue);
}
