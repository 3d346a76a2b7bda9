using System.Buffers;
using System.Text.Json;

namespace BuenaMock.Json;

/// <summary>
/// The one way the server writes a JSON body: straight to UTF-8 with <see cref="Utf8JsonWriter"/>, in
/// the order the fields are written, with no intermediate objects (the hot path measured it).
/// </summary>
internal static class JsonBody
{
    // Relaxed escaping keeps "é" and "'" readable; JSON stays valid (no HTML context here).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the UTF-8 bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
