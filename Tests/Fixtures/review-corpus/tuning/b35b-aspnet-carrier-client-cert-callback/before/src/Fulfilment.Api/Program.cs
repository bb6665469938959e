using System.Net.Http.Headers;
using Fulfilment.Api.Carriers;
using Fulfilment.Api.Data;
using Fulfilment.Api.Endpoints;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Extensions.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<FulfilmentDbContext>(o =>
    o.UseNpgsql(builder.Configuration.GetConnectionString("Fulfilment")));

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.Authority = builder.Configuration["Auth:Authority"];
        o.Audience = "fulfilment-api";
    });
builder.Services.AddAuthorization();

builder.Services.Configure<CarrierOptions>(builder.Configuration.GetSection("Carriers"));

static IAsyncPolicy<HttpResponseMessage> RetryPolicy() =>
    HttpPolicyExtensions
        .HandleTransientHttpError()
        .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));

builder.Services.AddHttpClient<IPostNordClient, PostNordClient>((sp, http) =>
    {
        var opts = builder.Configuration.GetSection("Carriers:PostNord");
        http.BaseAddress = new Uri(opts["BaseUrl"]!);
        http.Timeout = TimeSpan.FromSeconds(15);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    })
    .AddPolicyHandler(RetryPolicy());

builder.Services.AddHttpClient<IBringClient, BringClient>((sp, http) =>
    {
        var opts = builder.Configuration.GetSection("Carriers:Bring");
        http.BaseAddress = new Uri(opts["BaseUrl"]!);
        http.Timeout = TimeSpan.FromSeconds(15);
        http.DefaultRequestHeaders.Add("X-Mybring-API-Uid", opts["ApiUid"]);
        http.DefaultRequestHeaders.Add("X-Mybring-API-Key", opts["ApiKey"]);
    })
    .AddPolicyHandler(RetryPolicy());

builder.Services.AddScoped<ShipmentService>();
builder.Services.AddHealthChecks().AddDbContextCheck<FulfilmentDbContext>();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz");
app.MapShipmentEndpoints();
app.MapLabelEndpoints();

app.Run();
