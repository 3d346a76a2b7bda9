using BuenaMock.Auth;
using BuenaMock.RateLimiting;

namespace BuenaMock.Http;

/// <summary>
/// Who sent an API request, decided once per request: the key when it is known and usable now (null
/// otherwise), and where it stands against its rate limit once this request was counted (null when
/// limits are off or the request was not counted).
/// </summary>
internal readonly record struct Caller(ApiKey? Key, RateLimitWindow? Standing)
{
    public static Caller Anonymous { get; } = new(null, null);
}
