using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Fleet.Api.Auth;

public static class AuthenticationSetup
{
    public static IServiceCollection AddFleetAuthentication(this IServiceCollection services, IConfiguration config)
    {
        var authority = config["Auth:Authority"]
            ?? throw new InvalidOperationException("Auth:Authority is not configured");
        var audience = config["Auth:Audience"] ?? "fleet-api";

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = audience;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = authority,
                    ValidAudience = audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = "sub",
                    RoleClaimType = "roles",
                };
            });

        services.AddAuthorization(o =>
        {
            o.AddPolicy("dispatcher", p => p.RequireRole("dispatcher", "admin"));
        });

        return services;
    }
}
