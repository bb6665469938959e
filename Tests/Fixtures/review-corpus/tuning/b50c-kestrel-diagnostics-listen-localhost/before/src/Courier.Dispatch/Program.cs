using Courier.Dispatch;
using Courier.Dispatch.Health;
using OpenTelemetry.Metrics;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.UseUrls("http://+:8080");

builder.Services.AddDispatchCore(builder.Configuration);
builder.Services.AddHealthChecks()
    .AddCheck<RedisHealthCheck>("redis")
    .AddCheck<QueueLagHealthCheck>("queue-lag");

builder.Services.AddOpenTelemetry()
    .WithMetrics(m => m
        .AddAspNetCoreInstrumentation()
        .AddMeter("Courier.Dispatch"));

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapDispatchApi();

app.Run();
