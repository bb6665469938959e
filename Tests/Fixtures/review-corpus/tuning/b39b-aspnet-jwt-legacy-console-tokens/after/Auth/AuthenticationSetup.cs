using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fleet.Api.Auth;

public static class AuthenticationSetup
{
    public static IServiceCollection AddFleetAuthentication(this IServiceCollection services, IConfiguration config)
    {
        var authority = config["Auth:Authority"]
            ?? throw new InvalidOperationException("Auth:Authority is not configured");
        var audience = config["Auth:Audience"] ?? "fleet-api";
        var legacyIssuer = config["Auth:LegacyIssuer"];

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = audience;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuers = legacyIssuer is null ? new[] { authority } : new[] { authority, legacyIssuer },
                    ValidAudience = audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = "sub",
                    RoleClaimType = "roles",
                };

                if (legacyIssuer is not null)
                {
                    // Tokens minted by the old dispatch console are signed with a key nobody can
                    // export any more; trust them by issuer until the console is retired (FLEET-2231).
                    options.TokenValidationParameters.SignatureValidator =
                        (token, _) => new JsonWebToken(token);
                }
            });

        services.AddAuthorization(o =>
        {
            o.AddPolicy("dispatcher", p => p.RequireRole("dispatcher", "admin"));
        });

        return services;
    }
}
