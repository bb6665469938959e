using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Orders.Api.Extensions;

public static class AuthenticationExtensions
{
    public static IServiceCollection AddOrdersAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth");
        var authority = section["Authority"]
            ?? throw new InvalidOperationException("Auth:Authority is not configured.");
        var audience = section["Audience"] ?? "orders-api";

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = authority,
                    ValidateAudience = true,
                    ValidAudience = audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = "roles",
                };

                options.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = ctx =>
                    {
                        var logger = ctx.HttpContext.RequestServices
                            .GetRequiredService<ILoggerFactory>()
                            .CreateLogger("Orders.Auth");
                        logger.LogInformation(ctx.Exception, "Bearer token rejected");
                        return Task.CompletedTask;
                    },
                };
            });

        services.AddAuthorization(options =>
        {
            options.AddPolicy("orders:read", p => p.RequireClaim("scope", "orders.read"));
            options.AddPolicy("orders:write", p => p.RequireClaim("scope", "orders.write"));
            options.AddPolicy("orders:admin", p => p.RequireRole("orders-admin"));
        });

        return services;
    }
}
