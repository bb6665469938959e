using Azure.Extensions.AspNetCore.Configuration.Secrets;
using Azure.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Storefront.Api.Checkout;
using Storefront.Api.Data;
using Storefront.Api.Endpoints;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

// Secrets come from Key Vault outside Development (managed identity on the App Service);
// locally they come from `dotnet user-secrets`. Secret names use "--" for ":" (Stripe--SecretKey).
if (!builder.Environment.IsDevelopment())
{
    var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"]
        ?? throw new InvalidOperationException("KeyVault:Uri is not configured"));
    builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential(), new AzureKeyVaultConfigurationOptions
    {
        ReloadInterval = TimeSpan.FromMinutes(30),
    });
}

builder.Host.UseSerilog((ctx, cfg) => cfg
    .ReadFrom.Configuration(ctx.Configuration)
    .Enrich.FromLogContext());

builder.Services.AddDbContext<StorefrontDbContext>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Storefront")));

var stripeKey = builder.Configuration["Stripe:SecretKey"];
if (string.IsNullOrWhiteSpace(stripeKey))
{
    throw new InvalidOperationException("Stripe:SecretKey is missing; check Key Vault or user-secrets");
}
StripeConfiguration.ApiKey = stripeKey;
builder.Services.AddSingleton<IStripeClient>(_ => new StripeClient(stripeKey));
builder.Services.AddScoped<ICheckoutService, StripeCheckoutService>();

builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks()
    .AddDbContextCheck<StorefrontDbContext>();

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}
else
{
    app.UseExceptionHandler();
    app.UseHsts();
}

app.UseSerilogRequestLogging();
app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz");
app.MapCatalogEndpoints();
app.MapCartEndpoints();
app.MapCheckoutEndpoints();

app.Run();

public partial class Program;
