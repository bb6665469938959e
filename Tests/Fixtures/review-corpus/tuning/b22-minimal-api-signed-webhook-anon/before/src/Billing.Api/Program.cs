using System.Security.Claims;
using Billing.Api.Data;
using Billing.Api.Invoices;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<BillingDbContext>(o =>
    o.UseNpgsql(builder.Configuration.GetConnectionString("Billing")));

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.Authority = builder.Configuration["Auth:Authority"];
        o.Audience = builder.Configuration["Auth:Audience"];
    });
builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("billing:read", p => p.RequireClaim("scope", "billing:read"));
    o.AddPolicy("billing:write", p => p.RequireClaim("scope", "billing:write"));
});
builder.Services.AddScoped<InvoiceService>();
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/healthz", () => Results.Ok("ok")).AllowAnonymous();

var invoices = app.MapGroup("/api/invoices").RequireAuthorization("billing:read");

invoices.MapGet("/", async (InvoiceService svc, ClaimsPrincipal user, CancellationToken ct) =>
    Results.Ok(await svc.ListAsync(user.FindFirstValue("org_id")!, ct)));

invoices.MapGet("/{id:guid}", async (Guid id, InvoiceService svc, ClaimsPrincipal user, CancellationToken ct) =>
    await svc.FindAsync(user.FindFirstValue("org_id")!, id, ct) is { } invoice
        ? Results.Ok(invoice)
        : Results.NotFound());

invoices.MapPost("/{id:guid}/void", async (Guid id, InvoiceService svc, ClaimsPrincipal user, CancellationToken ct) =>
{
    await svc.VoidAsync(user.FindFirstValue("org_id")!, id, ct);
    return Results.NoContent();
}).RequireAuthorization("billing:write");

app.Run();
