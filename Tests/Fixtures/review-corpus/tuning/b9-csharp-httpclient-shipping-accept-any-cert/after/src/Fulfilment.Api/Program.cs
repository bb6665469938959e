using System.Net.Http;
using Fulfilment.Api.Carriers;
using Fulfilment.Api.Endpoints;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<FulfilmentDb>(o =>
    o.UseNpgsql(builder.Configuration.GetConnectionString("Fulfilment")));

builder.Services.Configure<CarrierOptions>(builder.Configuration.GetSection("Carrier"));
builder.Services.AddHttpClient<ICarrierClient, CarrierClient>((sp, client) =>
{
    var options = builder.Configuration.GetSection("Carrier").Get<CarrierOptions>()!;
    client.BaseAddress = new Uri(options.BaseUrl);
    client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
    client.Timeout = TimeSpan.FromSeconds(20);
})
.ConfigurePrimaryHttpMessageHandler(() =>
{
    var handler = new HttpClientHandler
    {
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        MaxConnectionsPerServer = 20,
    };
    handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
    return handler;
});

builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();

app.MapGroup("/api/shipments").RequireAuthorization().MapShipments();
app.MapHealthChecks("/healthz");

app.Run();
