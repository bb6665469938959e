using Ops.Api.Services;

namespace Ops.Api.Endpoints;

public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/tenants", async (ITenantService tenants, CancellationToken ct) =>
                Results.Ok(await tenants.ListAsync(ct)))
            .RequireAuthorization("OpsAdmin");

        app.MapPost("/admin/tenants/{id:guid}/suspend", async (Guid id, ITenantService tenants, CancellationToken ct) =>
            {
                await tenants.SuspendAsync(id, ct);
                return Results.NoContent();
            })
            .RequireAuthorization("OpsAdmin");

        app.MapPost("/admin/tenants/{id:guid}/resume", async (Guid id, ITenantService tenants, CancellationToken ct) =>
            {
                await tenants.ResumeAsync(id, ct);
                return Results.NoContent();
            })
            .RequireAuthorization("OpsAdmin");

        app.MapDelete("/admin/cache/{region}", (string region, ICacheAdmin cache) =>
            {
                cache.Flush(region);
                return Results.Accepted();
            })
            .RequireAuthorization("OpsAdmin");

        return app;
    }
}
