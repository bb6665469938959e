using Courier.Dispatch;
using Courier.Dispatch.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

var builder = WebApplication.CreateBuilder(args);

const int PublicPort = 8080;
const int DiagnosticsPort = 9464;

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.ListenAnyIP(PublicPort);
    // Metrics and detailed health are only for the node-local collector agent.
    kestrel.ListenLocalhost(DiagnosticsPort);
});

builder.Services.AddDispatchCore(builder.Configuration);
builder.Services.AddHealthChecks()
    .AddCheck<RedisHealthCheck>("redis")
    .AddCheck<QueueLagHealthCheck>("queue-lag");

builder.Services.AddOpenTelemetry()
    .WithMetrics(m => m
        .AddAspNetCoreInstrumentation()
        .AddMeter("Courier.Dispatch")
        .AddPrometheusExporter());

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapHealthChecks("/healthz/detail", new HealthCheckOptions
    {
        ResponseWriter = DetailedHealthWriter.WriteAsync,
    })
    .RequireHost($"*:{DiagnosticsPort}");
app.MapPrometheusScrapingEndpoint("/metrics")
    .RequireHost($"*:{DiagnosticsPort}");
app.MapDispatchApi();

app.Run();
