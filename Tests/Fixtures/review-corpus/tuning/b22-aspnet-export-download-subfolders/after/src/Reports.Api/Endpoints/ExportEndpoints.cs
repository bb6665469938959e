using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reports.Api.Exports;

namespace Reports.Api.Endpoints;

public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exports")
            .RequireAuthorization("ReportsReader")
            .WithTags("Exports");

        group.MapPost("/", async (ExportRequest request, IExportQueue queue, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var tenantId = user.FindFirstValue("tenant_id");
            if (string.IsNullOrEmpty(tenantId))
            {
                return Results.Forbid();
            }

            var job = await queue.EnqueueAsync(tenantId, request, ct);
            return Results.Accepted($"/api/exports/jobs/{job.Id}", job);
        });

        group.MapGet("/jobs/{id:guid}", async Task<Results<Ok<ExportJob>, NotFound>> (Guid id, IExportQueue queue, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var job = await queue.FindAsync(user.FindFirstValue("tenant_id")!, id, ct);
            return job is null ? TypedResults.NotFound() : TypedResults.Ok(job);
        });

        // Exports are now written to year/quarter sub-folders, e.g. ?path=2024/q1/summary.csv
        group.MapGet("/download", ([FromQuery] string path, IOptions<ExportOptions> options, ClaimsPrincipal user) =>
        {
            var tenantId = user.FindFirstValue("tenant_id");
            if (string.IsNullOrEmpty(tenantId))
            {
                return Results.Forbid();
            }

            if (string.IsNullOrWhiteSpace(path))
            {
                return Results.BadRequest("Missing path.");
            }

            var tenantDir = Path.Combine(options.Value.RootDirectory, tenantId);
            var fullPath = Path.Combine(tenantDir, path.Replace('\\', '/'));
            if (!File.Exists(fullPath))
            {
                return Results.NotFound();
            }

            return Results.File(fullPath, "text/csv", Path.GetFileName(fullPath));
        });

        return group;
    }
}
