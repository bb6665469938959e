namespace Portal.Api.Middleware;

public sealed class ClientVersionLogging(RequestDelegate next, ILogger<ClientVersionLogging> logger)
{
    private readonly RequestDelegate _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        await _next(context);
    }
}