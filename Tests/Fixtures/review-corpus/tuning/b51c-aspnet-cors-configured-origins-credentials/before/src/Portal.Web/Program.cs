using Portal.Web.Auth;
using Portal.Web.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddPortalData(builder.Configuration.GetConnectionString("Portal")!);
builder.Services.AddPortalAuthentication(builder.Configuration);

builder.Services.AddCors(options =>
{
    options.AddPolicy("spa", policy => policy
        .WithOrigins("https://portal.acmefreight.com")
        .WithMethods("GET", "POST", "PUT", "DELETE")
        .WithHeaders("Content-Type", "Authorization"));
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
