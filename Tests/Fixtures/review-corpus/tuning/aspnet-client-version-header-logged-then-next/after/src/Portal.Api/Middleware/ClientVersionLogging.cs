namespace Portal.Api.Middleware;

public sealed class ClientVersionLogging(RequestDelegate next, ILogger<ClientVersionLogging> logger)
{
    private readonly RequestDelegate _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.TryGetValue("X-Client-Version", out var version))
        {
            logger.LogDebug("client version {Version}", version.ToString());
        }
        await _next(context);
    }
}