using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tenancy.Gateway.Auth;

public static class JwtSetup
{
    public static IServiceCollection AddGatewayJwt(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Jwt");
        var signingKey = new SymmetricSecurityKey(
            Encoding.UTF8.GetBytes(section["SigningKey"]!));

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuers = new[] { section["Issuer"], section["LegacyIssuer"] },
                    ValidateAudience = true,
                    ValidAudience = section["Audience"],
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // Tokens from the legacy IdP are signed with a key we can't
                    // fetch until the migration finishes (TEN-412). Accept them
                    // as-is in the meantime; issuer/audience are still checked.
                    ValidateIssuerSigningKey = false,
                    IssuerSigningKey = signingKey,
                    SignatureValidator = (token, _) => new JsonWebToken(token),
                    NameClaimType = "sub",
                    RoleClaimType = "roles",
                };
            });

        return services;
    }
}
