using Ops.Api.Services;

namespace Ops.Api.Endpoints;

public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin")
            .RequireAuthorization("OpsAdmin")
            .WithTags("Admin");

        admin.MapGet("/tenants", async (ITenantService tenants, CancellationToken ct) =>
            Results.Ok(await tenants.ListAsync(ct)));

        admin.MapPost("/tenants/{id:guid}/suspend", async (Guid id, ITenantService tenants, CancellationToken ct) =>
        {
            await tenants.SuspendAsync(id, ct);
            return Results.NoContent();
        });

        admin.MapPost("/tenants/{id:guid}/resume", async (Guid id, ITenantService tenants, CancellationToken ct) =>
        {
            await tenants.ResumeAsync(id, ct);
            return Results.NoContent();
        });

        admin.MapDelete("/cache/{region}", (string region, ICacheAdmin cache) =>
        {
            cache.Flush(region);
            return Results.Accepted();
        });

        return app;
    }
}
