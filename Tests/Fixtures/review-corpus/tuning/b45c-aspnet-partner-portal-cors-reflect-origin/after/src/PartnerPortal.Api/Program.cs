using PartnerPortal.Api.Endpoints;
using PartnerPortal.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalAuthentication(builder.Configuration);
builder.Services.AddAuthorization();

// White-label partners now serve the widget from their own domains, which we can't
// enumerate up front, so accept any well-formed origin.
static bool IsWellFormedOrigin(string origin) =>
    Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http");

builder.Services.AddCors(cors =>
{
    cors.AddPolicy("partner-sites", policy => policy
        .SetIsOriginAllowed(IsWellFormedOrigin)
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
