using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<PortalDbContext>(o =>
    o.UseSqlServer(builder.Configuration.GetConnectionString("Portal")));

builder.Services.AddAuthentication("Cookies")
    .AddCookie("Cookies", o =>
    {
        o.Cookie.Name = "portal.auth";
        o.Cookie.SameSite = SameSiteMode.None;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.LoginPath = "/account/login";
    });
builder.Services.AddAuthorization();

builder.Services.AddCors(options =>
{
    options.AddPolicy("widgets", policy => policy
        .WithOrigins(builder.Configuration.GetSection("Cors:WidgetOrigins").Get<string[]>() ?? [])
        .AllowAnyHeader()
        .WithMethods("GET", "POST")
        .AllowCredentials());
});

builder.Services.AddControllersWithViews();

var app = builder.Build();

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseCors("widgets");
app.UseAuthentication();
app.UseAuthorization();

app.MapAccountEndpoints();
app.MapDefaultControllerRoute();

app.Run();
