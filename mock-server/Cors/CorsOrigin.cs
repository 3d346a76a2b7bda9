namespace BuenaMock.Cors;

/// <summary>An origin as a browser sends it in <c>Origin</c>: scheme, host and port, no path.</summary>
internal static class CorsOrigin
{
    /// <summary><c>http://localhost:3000/</c> → <c>http://localhost:3000</c>; false for anything with a path, query or user info, or not http(s).</summary>
    public static bool TryNormalize(string value, out string origin)
    {
        origin = "";
        if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https")
            || url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            return false;
        }

        origin = url.IsDefaultPort ? $"{url.Scheme}://{url.Host}" : $"{url.Scheme}://{url.Host}:{url.Port}";
        return true;
    }
}
