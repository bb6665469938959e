using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Tickets.Api;
using Tickets.Api.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => builder.Configuration.Bind("Auth:Jwt", o));

builder.Services.AddAuthorization(o =>
{
    // Everything requires a signed-in user unless an endpoint opts out explicitly.
    o.FallbackPolicy = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .Build();
    o.AddPolicy("agent", p => p.RequireClaim("role", "agent", "lead"));
});

builder.Services.AddTicketsData(builder.Configuration);
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();

app.MapTicketEndpoints();
app.MapCommentEndpoints();
app.MapGroup("/admin").MapAdminEndpoints().RequireAuthorization("agent");

app.Run();
