namespace Tenancy;

public sealed class TenantAuthorizationMiddleware(RequestDelegate next, ITenantStore tenants)
{
    private readonly RequestDelegate _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        var tenantId = context.User.FindFirst("tenant")?.Value;
        if (tenantId is null || !await tenants.IsActiveAsync(tenantId))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await _next(context);
    }
}