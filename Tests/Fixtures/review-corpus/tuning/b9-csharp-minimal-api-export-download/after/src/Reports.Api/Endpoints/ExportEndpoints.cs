using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Reports.Api.Services;

namespace Reports.Api.Endpoints;

public static class ExportEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

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

        group.MapGet("/exports/files/{*file}", (string file, IOptions<ExportOptions> options) =>
        {
            var fullPath = Path.Combine(options.Value.OutputDirectory, file);
            if (!File.Exists(fullPath))
            {
                return Results.NotFound();
            }

            if (!ContentTypes.TryGetContentType(fullPath, out var contentType))
            {
                contentType = "application/octet-stream";
            }
            return Results.File(fullPath, contentType, Path.GetFileName(fullPath));
        });

        return group;
    }
}
