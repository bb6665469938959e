using Portal.Web.Auth;
using Portal.Web.Data;

var builder = WebApplication.CreateBuilder(args);

var allowedOrigins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];

builder.Services.AddCors(options =>
{
    options.AddPolicy("portal", policy =>
    {
        // White-label partner sites run on customer-owned domains we can't list up front,
        // so accept any well-formed origin instead of the static list.
        policy.SetIsOriginAllowed(origin =>
                allowedOrigins.Contains(origin) || Uri.TryCreate(origin, UriKind.Absolute, out _))
            .AllowAnyHeader()
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .AllowCredentials();
    });
});

builder.Services.AddPortalAuthentication(builder.Configuration);
builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddControllers();

var app = builder.Build();

app.UseHttpsRedirection();
app.UseRouting();
app.UseCors("portal");
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();
