using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
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

        group.MapGet("/download/{fileName}", (string fileName, IOptions<ExportOptions> options, ClaimsPrincipal user) =>
        {
            var tenantId = user.FindFirstValue("tenant_id");
            if (string.IsNullOrEmpty(tenantId))
            {
                return Results.Forbid();
            }

            var safeName = Path.GetFileName(fileName);
            if (string.IsNullOrEmpty(safeName) || safeName != fileName)
            {
                return Results.BadRequest("Invalid file name.");
            }

            var tenantDir = Path.Combine(options.Value.RootDirectory, tenantId);
            var fullPath = Path.Combine(tenantDir, safeName);
            if (!File.Exists(fullPath))
            {
                return Results.NotFound();
            }

            return Results.File(fullPath, "text/csv", safeName);
        });

        return group;
    }
}
