namespace BuenaMock.Http;

/// <summary>A response before it is handed to WireMock: status, UTF-8 JSON body and extra headers.</summary>
public sealed class ApiResponse
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public ApiResponse(int status, byte[] body)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public byte[] Body { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public ApiResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }
}
