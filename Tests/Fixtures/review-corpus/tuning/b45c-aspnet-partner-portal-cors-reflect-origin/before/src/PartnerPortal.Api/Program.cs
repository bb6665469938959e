using PartnerPortal.Api.Endpoints;
using PartnerPortal.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalAuthentication(builder.Configuration);
builder.Services.AddAuthorization();

var allowedOrigins = builder.Configuration
    .GetSection("Cors:PartnerOrigins")
    .Get<string[]>() ?? Array.Empty<string>();

builder.Services.AddCors(cors =>
{
    cors.AddPolicy("partner-sites", policy => policy
        .WithOrigins(allowedOrigins)
        .WithMethods("GET", "POST", "PUT")
        .WithHeaders("Content-Type", "X-Requested-With")
        .AllowCredentials());
});

var app = builder.Build();

app.UseHttpsRedirection();
app.UseCors("partner-sites");
app.UseAuthentication();
app.UseAuthorization();

app.MapPartnerEndpoints();
app.MapOrderEndpoints();

app.Run();
