using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
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

// The payment provider calls this without a bearer token; requests are authenticated
// by the HMAC signature instead (header "Paylane-Signature: t=<unix>,v1=<hex>").
app.MapPost("/webhooks/paylane", async (HttpRequest request, IConfiguration config, InvoiceService svc, CancellationToken ct) =>
{
    var secret = config["Paylane:WebhookSecret"];
    if (string.IsNullOrEmpty(secret))
    {
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    var header = request.Headers["Paylane-Signature"].ToString();
    var parts = header.Split(',', StringSplitOptions.TrimEntries)
        .Select(p => p.Split('=', 2))
        .Where(kv => kv.Length == 2)
        .ToDictionary(kv => kv[0], kv => kv[1]);
    if (!parts.TryGetValue("t", out var ts) || !parts.TryGetValue("v1", out var sigHex)
        || !long.TryParse(ts, out var unix)
        || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - unix) > 300)
    {
        return Results.Unauthorized();
    }

    using var reader = new StreamReader(request.Body, Encoding.UTF8);
    var body = await reader.ReadToEndAsync(ct);

    var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{ts}.{body}"));
    byte[] provided;
    try
    {
        provided = Convert.FromHexString(sigHex);
    }
    catch (FormatException)
    {
        return Results.Unauthorized();
    }
    if (!CryptographicOperations.FixedTimeEquals(expected, provided))
    {
        return Results.Unauthorized();
    }

    await svc.ApplyProviderEventAsync(body, ct);
    return Results.Ok();
}).AllowAnonymous();

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
