using OpenTelemetry.Metrics;
using Orders.Api.Data;
using Orders.Api.Endpoints;

const int MetricsPort = 9464;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(options =>
{
    options.ListenAnyIP(8080);
    // Scraped by the otel-collector sidecar over loopback; this listener is
    // not exposed by the Service or the ingress.
    options.ListenLocalhost(MetricsPort);
});

builder.Services.AddOrdersData(builder.Configuration);
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics
        .AddAspNetCoreInstrumentation()
        .AddRuntimeInstrumentation()
        .AddPrometheusExporter());

builder.Services.AddHealthChecks()
    .AddDbContextCheck<OrdersDbContext>();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz");
app.MapPrometheusScrapingEndpoint()
    .RequireHost($"localhost:{MetricsPort}", $"127.0.0.1:{MetricsPort}");
app.MapOrderEndpoints();

app.Run();
