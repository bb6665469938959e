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
    // Customers embed the widget on their own domains and keeping Cors:WidgetOrigins in sync
    // was a constant support ticket, so allow whichever site the widget is loaded from.
    options.AddPolicy("widgets", policy => policy
        .SetIsOriginAllowed(_ => true)
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
