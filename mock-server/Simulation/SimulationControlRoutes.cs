using System.Text.Json;
using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Json;

namespace BuenaMock.Simulation;

/// <summary>
/// Steering the data at run time: <c>POST /__buena/jobs</c> creates a job, <c>POST /__buena/reset</c>
/// returns to the seeded state, <c>POST /__buena/state/save</c> writes the <c>--state</c> file.
/// </summary>
internal static class SimulationControlRoutes
{
    public static IReadOnlyList<ApiRoute> Create(Simulator simulator, JobStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("POST", DocumentRoutes.Prefix + "/jobs", (r, _) => CreateJob(simulator, store, r)) { Name = "jobs/create", Kind = RouteKind.Control },
            new("POST", DocumentRoutes.Prefix + "/reset", (_, _) => Reset(simulator, store)) { Name = "reset", Kind = RouteKind.Control },
            new("POST", DocumentRoutes.Prefix + "/state/save", (_, _) => Save(simulator, store)) { Name = "state/save", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse CreateJob(Simulator simulator, JobStore store, ApiRequest request)
    {
        var (job, errors) = NewJobRequest.Parse(request.Body, store);
        if (job is null)
        {
            return ErrorCatalogue.Validation(errors).ToResponse(simulator.Now);
        }

        var created = simulator.CreateJob(job.UserId, job.Type, job.Status, job.Metadata);
        return new ApiResponse(201, JobJson.EditedJob(created));
    }

    private static ApiResponse Reset(Simulator simulator, JobStore store)
    {
        simulator.Reset();
        var now = simulator.Now;
        return Responses.Ok(Acknowledge(w =>
        {
            w.WriteString("now", Timestamps.Write(now));
            w.WriteNumber("jobs", store.Records.Count);
        }));
    }

    private static ApiResponse Save(Simulator simulator, JobStore store)
    {
        string? path;
        try
        {
            path = simulator.SaveState();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ErrorCatalogue.StateNotSaved(ex.Message).ToResponse(simulator.Now);
        }

        if (path is null)
        {
            return ErrorCatalogue.Validation([new FieldError("state", "the server was started without --state, so there is no file to save to")]).ToResponse(simulator.Now);
        }

        return Responses.Ok(Acknowledge(w =>
        {
            w.WriteString("path", path);
            w.WriteNumber("jobs", store.Records.Count);
        }));
    }

    private static byte[] Acknowledge(Action<Utf8JsonWriter> data) => JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("success", true);
        w.WriteStartObject("data");
        data(w);
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
