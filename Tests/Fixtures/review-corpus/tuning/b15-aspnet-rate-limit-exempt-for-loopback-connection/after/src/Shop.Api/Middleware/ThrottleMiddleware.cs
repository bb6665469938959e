using System.Collections.Concurrent;
using System.Net;

namespace Shop.Api.Middleware;

public sealed class ThrottleMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ThrottleMiddleware> _log;
    private readonly ConcurrentDictionary<string, (DateTime Window, int Count)> _hits = new();
    private const int LimitPerMinute = 120;

    public ThrottleMiddleware(RequestDelegate next, ILogger<ThrottleMiddleware> log)
    {
        _next = next;
        _log = log;
    }

    private static bool IsLocalCall(HttpContext ctx)
    {
        var remote = ctx.Connection.RemoteIpAddress;
        return remote is not null && IPAddress.IsLoopback(remote);
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        if (IsLocalCall(ctx))
        {
            await _next(ctx);
            return;
        }
        var key = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var now = DateTime.UtcNow;
        var entry = _hits.AddOrUpdate(key,
            _ => (now, 1),
            (_, e) => now - e.Window > TimeSpan.FromMinutes(1) ? (now, 1) : (e.Window, e.Count + 1));

        if (entry.Count > LimitPerMinute)
        {
            _log.LogWarning("throttled {Key} on {Path}", key, ctx.Request.Path);
            ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ctx.Response.Headers.RetryAfter = "60";
            return;
        }

        await _next(ctx);
    }
}