using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BuenaMock.Stubs;

namespace BuenaMock.Recording;

/// <summary>
/// Writes each recorded exchange as a WireMock mapping file (<see cref="RecordedMapping"/>). When a
/// request is answered again (a job polled until it completes), its answers become one WireMock
/// scenario: the first mapping moves the scenario to state 2, the next answers in state 2 and moves
/// it to 3, and so on; the last one keeps the scenario in its own state, so it answers every later
/// request. Earlier files of the chain are rewritten as it grows.
/// </summary>
internal sealed class MappingRecorder
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly RecordingWriter _writer;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Chain> _chains = new(StringComparer.Ordinal);

    public MappingRecorder(RecordingWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    public string Folder => _writer.Folder;

    /// <summary>Writes <paramref name="mapping"/> (and rewrites the previous answer of the same request); returns the new file's path.</summary>
    public Task<string> RecordAsync(JsonObject mapping, string method, string path)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        // Files are written under the lock, synchronously: a chain's files change in the order the answers came.
        lock (_lock)
        {
            var signature = RecordedMapping.Signature(mapping);
            if (!_chains.TryGetValue(signature, out var chain))
            {
                chain = _chains[signature] = new Chain(string.Create(CultureInfo.InvariantCulture, $"{(string?)mapping["Title"]} #{_chains.Count + 1}"));
            }

            if (chain.Files.Count > 0)
            {
                // The answer before this one now leads to it.
                var (previousPath, previous) = chain.Files[^1];
                previous["Scenario"] = chain.Scenario;
                previous["SetStateTo"] = State(chain.Files.Count + 1);
                _writer.Rewrite(previousPath, Serialize(previous));
                mapping["Scenario"] = chain.Scenario;
                mapping["WhenStateIs"] = State(chain.Files.Count + 1);

                // WireMock.Net moves a scenario back to its start after a mapping without a next state.
                mapping["SetStateTo"] = State(chain.Files.Count + 1);
            }

            var written = _writer.Write(method, path, Serialize(mapping));
            chain.Files.Add((written, mapping));
            return Task.FromResult(written);
        }
    }

    private static string State(int answer) => answer.ToString(CultureInfo.InvariantCulture);

    private static byte[] Serialize(JsonObject mapping) => JsonSerializer.SerializeToUtf8Bytes(mapping, Indented);

    private sealed record Chain(string Scenario)
    {
        public List<(string Path, JsonObject Mapping)> Files { get; } = [];
    }
}
