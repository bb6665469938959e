using Portal.Web.Auth;
using Portal.Web.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddPortalData(builder.Configuration.GetConnectionString("Portal")!);
builder.Services.AddPortalAuthentication(builder.Configuration);

var spaOrigins = builder.Configuration.GetSection("Cors:SpaOrigins").Get<string[]>() ?? [];
if (spaOrigins.Length == 0 ||
    spaOrigins.Any(o => o.Contains('*') || !o.StartsWith("https://", StringComparison.Ordinal)))
{
    throw new InvalidOperationException("Cors:SpaOrigins must list explicit https:// origins.");
}

builder.Services.AddCors(options =>
{
    // The SPA now signs in with the __Host-portal cookie instead of a bearer token,
    // so the listed origins (prod + staging preview) need credentialed requests.
    options.AddPolicy("spa", policy => policy
        .WithOrigins(spaOrigins)
        .WithMethods("GET", "POST", "PUT", "DELETE")
        .WithHeaders("Content-Type", "X-XSRF-TOKEN")
        .AllowCredentials());
});

builder.Services.AddHealthChecks();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseRouting();
app.UseCors("spa");
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers().RequireCors("spa");
app.MapHealthChecks("/healthz");

app.Run();
