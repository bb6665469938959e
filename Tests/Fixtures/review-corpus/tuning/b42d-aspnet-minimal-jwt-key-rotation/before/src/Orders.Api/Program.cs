using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Orders.Api.Data;
using Orders.Api.Endpoints;
using Orders.Api.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<OrdersDb>();
builder.Services.AddScoped<IOrderService, OrderService>();

var jwt = builder.Configuration.GetSection("Jwt");

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = jwt["Authority"];
        options.Audience = jwt["Audience"];
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
    });

builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("orders:write", p => p.RequireClaim("scope", "orders:write"));
});

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapGroup("/orders")
   .RequireAuthorization()
   .MapOrderEndpoints();

app.MapGet("/healthz", () => Results.Ok()).AllowAnonymous();

app.Run();
