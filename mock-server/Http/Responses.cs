namespace BuenaMock.Http;

/// <summary>Shorthands for successful responses.</summary>
internal static class Responses
{
    public static ApiResponse Ok(byte[] body) => new(200, body);
}
