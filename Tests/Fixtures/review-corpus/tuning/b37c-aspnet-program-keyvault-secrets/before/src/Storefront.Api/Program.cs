using Microsoft.EntityFrameworkCore;
using Serilog;
using Storefront.Api.Checkout;
using Storefront.Api.Data;
using Storefront.Api.Endpoints;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, cfg) => cfg
    .ReadFrom.Configuration(ctx.Configuration)
    .Enrich.FromLogContext());

builder.Services.AddDbContext<StorefrontDbContext>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Storefront")));

StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"];
builder.Services.AddSingleton<IStripeClient>(_ => new StripeClient(StripeConfiguration.ApiKey));
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
