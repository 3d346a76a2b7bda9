using BuenaMock.Http;
using BuenaMock.Options;

namespace BuenaMock.Recording;

/// <summary>
/// The recordings of a folder, loaded once at start. Recordings of the same request are served in
/// file-name order, then the last one again and again.
/// </summary>
internal sealed class ReplayCatalogue
{
    private readonly Dictionary<(string Method, string Path), List<Slot>> _slots;

    private ReplayCatalogue(Dictionary<(string Method, string Path), List<Slot>> slots, int count)
    {
        _slots = slots;
        Count = count;
    }

    /// <summary>How many recordings were loaded.</summary>
    public int Count { get; }

    /// <summary>
    /// Loads every <c>*.json</c> file of <paramref name="directory"/>, in name order. Files that are not
    /// recordings stop the start: an <see cref="OptionsException"/> names each of them and what is wrong.
    /// </summary>
    public static ReplayCatalogue Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string[] files;
        try
        {
            files = [.. System.IO.Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OptionsException([$"--replay {directory}: the folder cannot be read ({ex.Message})"]);
        }

        var slots = new Dictionary<(string, string), List<Slot>>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var (request, response) = RecordingFile.Read(File.ReadAllBytes(file));
                var candidates = slots.TryGetValue((request.Method, request.Path), out var list) ? list : slots[(request.Method, request.Path)] = [];
                var slot = candidates.Find(s => s.Request.Matches(request));
                if (slot is null)
                {
                    candidates.Add(slot = new Slot(request));
                }

                slot.Responses.Add(response);
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"--replay {directory}: {Path.GetFileName(file)} is not a valid recording: {ex.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new OptionsException(problems);
        }

        return new ReplayCatalogue(slots, files.Length);
    }

    /// <summary>The next recorded response for <paramref name="request"/>, or null when none matches.</summary>
    public RecordedResponse? Next(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_slots.TryGetValue((request.Method, request.Path), out var candidates))
        {
            return null;
        }

        return candidates.Find(s => s.Request.Matches(request))?.Next();
    }

    private sealed class Slot(RecordedRequest request)
    {
        private readonly Lock _lock = new();
        private int _served;

        public RecordedRequest Request { get; } = request;

        public List<RecordedResponse> Responses { get; } = [];

        public RecordedResponse Next()
        {
            lock (_lock)
            {
                var response = Responses[Math.Min(_served, Responses.Count - 1)];
                if (_served < Responses.Count)
                {
                    _served++;
                }

                return response;
            }
        }
    }
}
