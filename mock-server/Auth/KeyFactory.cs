using BuenaMock.Jobs;
using BuenaMock.Options;

namespace BuenaMock.Auth;

/// <summary>Turns configured keys into <see cref="ApiKey"/>s bound to the generated users.</summary>
internal static class KeyFactory
{
    /// <summary>
    /// Resolves each key's user. A key whose <see cref="ApiKeyOptions.UserIndex"/> is past the last
    /// generated user is left out (so <c>--users 1</c> simply has no second user's key); a key naming
    /// an unknown user id is an error.
    /// </summary>
    public static IReadOnlyList<ApiKey> Create(IEnumerable<ApiKeyOptions> keys, IReadOnlyList<User> users, OptionSource source = OptionSource.Given)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(users);
        var result = new List<ApiKey>();
        var problems = new List<string>();
        var index = 0;
        foreach (var key in keys)
        {
            var global = key.Kind == "global";
            string? userId = null;
            if (!global)
            {
                if (key.User is not null)
                {
                    userId = key.User;
                    if (!users.Any(u => u.Id == userId))
                    {
                        problems.Add(new OptionProblem($"keys[{index}].user", userId, "no such user (set userIds, or use userIndex)", source).ToString());
                    }
                }
                else if (key.UserIndex is { } i && i < users.Count)
                {
                    userId = users[i].Id;
                }
                else
                {
                    index++;
                    continue;
                }
            }

            result.Add(new ApiKey
            {
                Value = key.Key,
                Kind = global ? ApiKeyKind.Global : ApiKeyKind.User,
                UserId = userId,
                Name = key.Name ?? (global ? "Global key" : "User key"),
                Permissions = global ? [Permissions.Wildcard] : [.. key.Permissions],
                Active = key.Active,
                ExpiresAt = key.ExpiresAt,
            });
            index++;
        }

        return problems.Count > 0 ? throw new OptionsException(problems) : result;
    }
}
