using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Tickets.Api;
using Tickets.Api.Data;
using Tickets.Api.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => builder.Configuration.Bind("Auth:Jwt", o));

builder.Services.AddAuthorization(o =>
{
    // Everything requires a signed-in user unless an endpoint opts out explicitly.
    o.FallbackPolicy = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .Build();
    o.AddPolicy("agent", p => p.RequireClaim("role", "agent", "lead"));
});

builder.Services.AddTicketsData(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks()
    .AddDbContextCheck<TicketsDbContext>(tags: new[] { "ready" });

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();

// Kubelet probes carry no token. Liveness runs no checks at all; readiness runs the DB check.
// Both use the default writer, which returns only "Healthy"/"Unhealthy".
app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false })
    .AllowAnonymous();
app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
    .AllowAnonymous();

app.MapTicketEndpoints();
app.MapCommentEndpoints();
app.MapGroup("/admin").MapAdminEndpoints().RequireAuthorization("agent");

app.Run();
