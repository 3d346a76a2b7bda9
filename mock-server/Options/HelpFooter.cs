using System.Text;

namespace BuenaMock.Options;

/// <summary>What <c>--help</c> adds below the options: the development keys and where the control API is described.</summary>
internal static class HelpFooter
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var text = new StringBuilder();
        text.AppendLine("Keys (the defaults; a config file's \"keys\" replaces them). Send one as the x-api-key header:");
        foreach (var key in DefaultKeys.Create())
        {
            var user = key.Kind == "global" ? "any user" : key.UserIndex == 0 ? "first user" : $"user #{key.UserIndex + 1}";
            text.AppendLine($"  {key.Key,-70} {key.Kind,-7} {user,-11} {string.Join(", ", key.Permissions)}");
        }

        text.AppendLine();
        text.AppendLine("Control API (clock, jobs, reset, state, faults, rate limits, request journal): under /__buena at the");
        text.AppendLine("server's root, described in schemas/openapi.yaml (tag Control), served at /__buena/openapi.yaml and");
        text.AppendLine("rendered at /__buena/docs.");
        return text.ToString();
    }
}
