using System.Collections.Concurrent;
using System.Reflection;
using WireMock.Util;

namespace BuenaMock;

/// <summary>
/// WireMock.Net looks for its optional multipart plugin (<c>WireMock.Net.MimePart</c>, which this mock does
/// not ship) when it reads the first request, by loading every DLL beside the program and listing its
/// types: measured, about 0.6 s of CPU before the first answer of the installed tool. Recording the plugin
/// as absent before the server starts is the answer that scan would give, without the scan.
/// </summary>
internal static class WireMockPluginScan
{
    /// <summary>Marks the multipart plugin as not found; false when WireMock.Net no longer has the cache this relies on.</summary>
    public static bool SkipMimePartScan()
    {
        // WireMock.Net 2.x's internal TypeLoader keeps the plugins it could not find in this static bag.
        var notFound = typeof(IMimeKitUtils).Assembly.GetType("WireMock.Util.TypeLoader")
            ?.GetField("StaticInstancesWhichCannotBeFound", BindingFlags.NonPublic | BindingFlags.Static)
            ?.GetValue(null) as ConcurrentBag<Type>;
        if (notFound is null)
        {
            return false;
        }

        if (!notFound.Contains(typeof(IMimeKitUtils)))
        {
            notFound.Add(typeof(IMimeKitUtils));
        }

        return true;
    }
}
