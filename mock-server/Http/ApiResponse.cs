using BuenaMock.Faults;

namespace BuenaMock.Http;

/// <summary>A response before it is handed to WireMock: status, UTF-8 body (JSON unless said otherwise) and extra headers.</summary>
internal sealed class ApiResponse
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public ApiResponse(int status, byte[] body, string contentType = JsonContentType)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public string ContentType { get; }

    public int Status { get; }

    public byte[] Body { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>A fault to send instead of this answer (<see cref="FaultKind.Empty"/>, <see cref="FaultKind.Malformed"/>, <see cref="FaultKind.Reset"/>); null normally.</summary>
    public FaultKind? Fault { get; set; }

    public ApiResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }
}
