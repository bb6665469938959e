using Microsoft.AspNetCore.Http.HttpResults;
using Reports.Api.Services;

namespace Reports.Api.Endpoints;

public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder group)
    {
        group.MapPost("/exports", async (ExportRequest req, IExportQueue queue, CancellationToken ct) =>
        {
            var job = await queue.EnqueueAsync(req, ct);
            return Results.Accepted($"/exports/{job.Id}", job);
        });

        group.MapGet("/exports/{id:guid}", async (Guid id, IExportQueue queue, CancellationToken ct) =>
        {
            var job = await queue.FindAsync(id, ct);
            return job is null ? Results.NotFound() : Results.Ok(job);
        });

        return group;
    }
}
