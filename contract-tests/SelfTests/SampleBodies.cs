using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;

namespace BuenaMock.ContractTests.SelfTests;

/// <summary>Hand-written bodies for the self-tests: a consistent jobs body that keeps the contract, and ways to break it.</summary>
public static class SampleBodies
{
    public const string Key = "bna_1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef";

    /// <summary>Four jobs, one per status, newest first, with statistics that count them.</summary>
    public const string Jobs = """
        {
          "userId": "65e0a32640a597f6a7f897ea",
          "success": true,
          "data": {
            "jobs": [
              { "id": "job_d4", "type": "linkedin_action", "status": "pending", "createdAt": "2024-01-20T12:00:00Z", "completedAt": null,
                "message": "Waiting to send connection request", "progress": 0,
                "metadata": { "actionType": "sendConnectionRequest", "profileUrl": "https://linkedin.com/in/janedoe", "delay": 75000 } },
              { "id": "job_c3", "type": "data_enrichment", "status": "running", "createdAt": "2024-01-20T11:00:00Z", "completedAt": null,
                "message": "Processing lead enrichment batch", "progress": 60,
                "metadata": { "batchSize": 50, "processed": 30 } },
              { "id": "job_b2", "type": "data_enrichment", "status": "failed", "createdAt": "2024-01-20T10:30:00Z", "completedAt": "2024-01-20T10:31:00Z",
                "message": "Enrichment failed: network timeout", "progress": 40,
                "metadata": { "batchSize": 20, "processed": 8 } },
              { "id": "job_a1", "type": "linkedin_action", "status": "completed", "createdAt": "2024-01-20T10:00:00Z", "completedAt": "2024-01-20T10:02:00Z",
                "message": "Connection request sent successfully", "progress": 100,
                "metadata": { "actionType": "sendConnectionRequest", "profileUrl": "https://linkedin.com/in/johndoe", "delay": 75000 } }
            ],
            "statistics": { "total": 4, "pending": 1, "running": 1, "completed": 1, "failed": 1, "successRate": 50.0 }
          }
        }
        """;

    /// <summary>The sample body, changed by <paramref name="edit"/>.</summary>
    public static string JobsWith(Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var node = JsonNode.Parse(Jobs)!;
        edit(node);
        return node.ToJsonString();
    }

    public static ContractResponse Response(string body, int status = 200, string? contentType = "application/json; charset=utf-8", string url = "http://127.0.0.1:1/api/v2/users/jobs")
        => new("GET", url, Key, status, contentType, body);
}
