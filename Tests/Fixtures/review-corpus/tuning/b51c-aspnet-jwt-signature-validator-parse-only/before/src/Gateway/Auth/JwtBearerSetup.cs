using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Auth;

public static class JwtBearerSetup
{
    public static IServiceCollection AddGatewayJwt(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Auth:Jwt");
        var issuer = section["Issuer"] ?? throw new InvalidOperationException("Auth:Jwt:Issuer missing");
        var audience = section["Audience"] ?? "gateway";

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = issuer;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudience = audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = "roles",
                };
            });

        return services;
    }
}
