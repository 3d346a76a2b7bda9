using System.Text;
using System.Text.Json.Nodes;
using WireMock.Admin.Mappings;
using WireMock.Matchers.Request;
using WireMock.Server;

namespace BuenaMock.Stubs;

/// <summary>
/// The user's stubs, kept as WireMock mappings on the server beside the one mapping of the generated
/// API, which has the lowest priority (<see cref="GeneratedApiPriority"/>, created first so it also
/// loses ties): a stub that matches a request answers it; what no stub takes gets the generated API.
/// Stubs come from the mappings folder (<see cref="LoadFolder"/>), the admin API (<see cref="Add(string)"/>)
/// and in-process builders (<see cref="Given"/>). Every change is made under one lock, and a change
/// that fails is undone.
/// </summary>
public sealed class StubRegistry
{
    /// <summary>The generated API's priority: WireMock prefers the lower number, so any stub wins.</summary>
    internal const int GeneratedApiPriority = int.MaxValue;

    /// <summary>The generated API's mapping id, reserved: no stub can replace or delete it.</summary>
    internal static readonly Guid GeneratedApiGuid = new("5eed0000-b0e1-4a00-8000-000000000001");

    private WireMockServer _server = null!;
    private readonly Lock _lock = new();
    private HashSet<Guid> _fromFolder = [];
    private volatile bool _mayHaveStubs;

    internal StubRegistry(string? folder, string folderOption)
    {
        Folder = folder is null ? null : Path.GetFullPath(folder);
        FolderOption = folderOption;
    }

    /// <summary>The mappings folder (<c>--mappings</c> or <c>--replay</c>), full path; null without one.</summary>
    public string? Folder { get; }

    /// <summary>How the folder was given, for messages (<c>--mappings DIR</c>).</summary>
    internal string FolderOption { get; }

    /// <summary>False until a stub is added, and again once all are removed: the hot path skips stub work when false.</summary>
    internal bool MayHaveStubs => _mayHaveStubs;

    /// <summary>True once the server the stubs live on has started.</summary>
    internal bool Attached { get; private set; }

    internal void Attach(WireMockServer server)
    {
        _server = server;
        Attached = true;
    }

    /// <summary>The WireMock scenarios the stubs take part in, and the state each is in.</summary>
    public IReadOnlyList<WireMock.ScenarioState> Scenarios() => _server.Scenarios;

    /// <summary>Puts every scenario back at its start.</summary>
    public void ResetScenarios() => _server.ResetScenarios();

    /// <summary>Every user stub as WireMock's admin API lists it (the generated API's mapping excluded).</summary>
    public IReadOnlyList<MappingModel> List() =>
        [.. _server.MappingModels.Where(m => m.Guid != GeneratedApiGuid)];

    /// <summary>A stub written with WireMock.Net's builders: <c>Given(Request.Create()…).RespondWith(Response.Create()…)</c>.</summary>
    public IRespondWithAProvider Given(IRequestMatcher request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _mayHaveStubs = true;
        return _server.Given(request);
    }

    /// <summary>Adds the mappings of one document (a JSON object or array in WireMock.Net's format); returns their ids, or the problem.</summary>
    public StubChange Add(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return StubDocument.TryParse(Encoding.UTF8.GetBytes(json), Folder, GeneratedApiGuid, out var document, out var problem)
            ? Add(document)
            : StubChange.Refused(problem);
    }

    /// <summary>Adds one mapping already read (the admin API's PUT, which names its id); its id, or the problem.</summary>
    internal StubChange Add(JsonObject mapping) =>
        StubDocument.TryCreate(mapping, Folder, GeneratedApiGuid, out var document, out var problem)
            ? Add(document)
            : StubChange.Refused(problem);

    private StubChange Add(StubDocument document)
    {
        lock (_lock)
        {
            return Apply(document) is { } failure ? StubChange.Refused(failure) : StubChange.Added(document.Guids);
        }
    }

    /// <summary>Removes one user stub; false when there is none with that id.</summary>
    public bool Remove(Guid id)
    {
        if (id == GeneratedApiGuid)
        {
            return false;
        }

        lock (_lock)
        {
            _fromFolder.Remove(id);
            return _server.DeleteMapping(id);
        }
    }

    /// <summary>Removes every user stub (the folder's too, until the next reset or reload); returns how many.</summary>
    public int RemoveAll()
    {
        lock (_lock)
        {
            var removed = 0;
            foreach (var guid in UserGuids())
            {
                _server.DeleteMapping(guid);
                removed++;
            }

            _fromFolder = [];
            _mayHaveStubs = false;
            return removed;
        }
    }

    /// <summary>
    /// Back to the start: every stub removed, the folder's loaded again, every scenario at its start.
    /// The folder is read first: when it does not load, nothing changes and the problems are returned.
    /// </summary>
    public IReadOnlyList<string> Reset() => ReplaceWithFolder(everyStub: true);

    /// <summary>Loads every <c>*.json</c> of the folder, in name order; returns one problem per bad file (none: all loaded).</summary>
    internal IReadOnlyList<string> LoadFolder()
    {
        if (Folder is null)
        {
            return [];
        }

        var (documents, problems) = StubFolder.Read(Folder, FolderOption, GeneratedApiGuid);
        if (problems.Count > 0)
        {
            return problems;
        }

        lock (_lock)
        {
            return ApplyFolder(documents);
        }
    }

    /// <summary>
    /// Replaces the folder's stubs with what the folder holds now. When any file is bad, nothing changes
    /// and the problems are returned: the stubs in force stay as they were.
    /// </summary>
    internal IReadOnlyList<string> ReloadFolder() => Folder is null ? [] : ReplaceWithFolder(everyStub: false);

    /// <summary>
    /// Reads the folder, then under the lock removes the folder's stubs (every user stub when
    /// <paramref name="everyStub"/>, which also restarts the scenarios) and loads what it read. When a
    /// file does not read, nothing changes; when WireMock refuses a mapping the checks let through, the
    /// stubs removed are put back. Either way the problems are returned.
    /// </summary>
    private IReadOnlyList<string> ReplaceWithFolder(bool everyStub)
    {
        IReadOnlyList<(string File, StubDocument Document)> documents = [];
        if (Folder is not null)
        {
            (documents, var problems) = StubFolder.Read(Folder, FolderOption, GeneratedApiGuid);
            if (problems.Count > 0)
            {
                return problems;
            }
        }

        lock (_lock)
        {
            var before = _fromFolder;
            var mayHaveStubs = _mayHaveStubs;
            var kept = _server.MappingModels.Where(m => m.Guid is { } g && (everyStub ? g != GeneratedApiGuid : before.Contains(g))).ToArray();
            if (everyStub)
            {
                RemoveAll();
            }
            else
            {
                foreach (var guid in before)
                {
                    _server.DeleteMapping(guid);
                }

                _fromFolder = [];
            }

            var failures = ApplyFolder(documents);
            if (failures.Count > 0)
            {
                // Only the stubs just loaded are in _fromFolder: they go, and those removed come back.
                foreach (var guid in _fromFolder)
                {
                    _server.DeleteMapping(guid);
                }

                _server.WithMapping(kept);
                _fromFolder = before;
                _mayHaveStubs = mayHaveStubs;
                return failures;
            }

            if (everyStub)
            {
                _server.ResetScenarios();
            }

            return [];
        }
    }

    private List<string> ApplyFolder(IReadOnlyList<(string File, StubDocument Document)> documents)
    {
        var problems = new List<string>();
        foreach (var (file, document) in documents)
        {
            if (Apply(document) is { } failure)
            {
                problems.Add(StubFolder.Problem(FolderOption, file, failure));
            }
            else
            {
                _fromFolder.UnionWith(document.Guids);
            }
        }

        return problems;
    }

    /// <summary>Registers a document's mappings; on failure puts back what was there and returns the problem.</summary>
    private string? Apply(StubDocument document)
    {
        var replaced = _server.MappingModels.Where(m => m.Guid is { } g && document.Guids.Contains(g)).ToArray();
        try
        {
            _mayHaveStubs = true;
            _server.WithMapping(document.Json);
            return null;
        }
#pragma warning disable CA1031 // WireMock's conversion throws many types for a bad mapping; each becomes the refusal's text.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var guid in document.Guids)
            {
                _server.DeleteMapping(guid);
            }

            if (replaced.Length > 0)
            {
                _server.WithMapping(replaced);
            }

            return "WireMock cannot use it: " + StubDocument.FirstLine(ex.Message);
        }
    }

    private List<Guid> UserGuids() =>
        [.. _server.Mappings.Where(m => m.Guid != GeneratedApiGuid && !m.IsAdminInterface).Select(m => m.Guid)];
}
