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
