namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>The schema files of <c>schemas/</c>, one per shape.</summary>
public static class SchemaNames
{
    public const string Job = "job.schema.json";
    public const string JobWithUser = "job-with-user.schema.json";
    public const string Statistics = "statistics.schema.json";

    /// <summary>GET /users/jobs and GET /users/jobs/userJobStatus/:userId.</summary>
    public const string JobsResponse = "jobs-response.schema.json";

    /// <summary>GET /users/jobs/jobStatus.</summary>
    public const string JobStatusResponse = "job-status-response.schema.json";

    /// <summary>GET /users/jobs/jobCounts.</summary>
    public const string JobCountsResponse = "job-counts-response.schema.json";

    /// <summary>PUT /users/jobs/editJobMessage/:jobId.</summary>
    public const string EditJobMessageResponse = "edit-job-message-response.schema.json";

    public const string Health = "health.schema.json";
    public const string ErrorEnvelope = "error-envelope.schema.json";
    public const string Error401 = "error-401.schema.json";
    public const string Error403 = "error-403.schema.json";
    public const string Error400Validation = "error-400-validation.schema.json";
    public const string Error400GlobalKey = "error-400-global-key.schema.json";
    public const string Error404 = "error-404.schema.json";
    public const string Error405 = "error-405.schema.json";
    public const string Error429 = "error-429.schema.json";
    public const string Error500 = "error-500.schema.json";
    public const string Error503 = "error-503.schema.json";

    /// <summary>The OpenAPI document that references the schema files.</summary>
    public const string OpenApi = "openapi.yaml";
}
