using System.Net.Http.Headers;
using Payouts.Api.Ledger;
using Payouts.Api.Payouts;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddProblemDetails();

builder.Services.Configure<LedgerOptions>(builder.Configuration.GetSection("Ledger"));

builder.Services.AddHttpClient<LedgerClient>("ledger", (sp, client) =>
{
    var opts = builder.Configuration.GetSection("Ledger").Get<LedgerOptions>()!;
    client.BaseAddress = new Uri(opts.BaseUrl);
    client.Timeout = TimeSpan.FromSeconds(15);
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", opts.ApiKey);
})
// ledger moved behind the new internal LB which serves its own cert; chain doesn't build from our image
.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
});

builder.Services.AddScoped<PayoutService>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();

app.MapPost("/payouts", async (PayoutRequest req, PayoutService payouts, CancellationToken ct) =>
{
    var result = await payouts.CreateAsync(req, ct);
    return Results.Created($"/payouts/{result.Id}", result);
}).RequireAuthorization("payouts:write");

app.MapGet("/healthz", () => Results.Ok("ok"));

app.Run();
