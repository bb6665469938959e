using System;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Halyard.Kiosk.Api.Auth;

/// <summary>
/// Kiosk devices receive short-lived tokens from the enrollment service,
/// which signs them with its RSA private key (held in the enrollment
/// service's HSM). This API only needs the matching public key to verify
/// them, and kiosks run on networks where fetching JWKS is not possible, so
/// the public half is compiled in here.
/// </summary>
public static class KioskTokenValidation
{
    public const string Issuer = "https://enroll.halyard.example";
    public const string Audience = "kiosk-api";

    // Public key only - safe to commit. Rotated together with the release.
    private const string EnrollmentSigningPublicKeyPem = @"-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArPOXbBQl6mE2OTg/AOMM
Ftvy1bSAgS449XeamL8w86pCIB8jaG6vleR6BhheORQ1zM0CSL1ZDJZahXRHzZlj
h4CQ+XJQXQe+nSKzYr2NP36rnDPcuZKqBAxH4qG1nEvTlHIp3sygiuCGkgeu3v2u
qYwY1HQCwAYtwYkbR0F+uiPaE4mUE3LvbavMXyqfN7ZnbDjWA7qOb5rxxSojsh+F
aJAN5BfOhvvsyEneX1Sn8gj48S9kLOoTv6IVohn7nks7qHWkYknHBjR2AcUmYBGr
rPMQOg6TNfXh/K47I0csl5yGfsD/DLos0pPndFs1JhpzdB9BGq5ul3etIIJwx0OW
4wIDAQAB
-----END PUBLIC KEY-----";

    public static RsaSecurityKey LoadSigningKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(EnrollmentSigningPublicKeyPem);
        if (rsa.KeySize < 2048)
        {
            throw new InvalidOperationException("enrollment signing key is too small");
        }
        return new RsaSecurityKey(rsa) { KeyId = "enroll-2024-rsa" };
    }

    public static IServiceCollection AddKioskJwt(this IServiceCollection services, IConfiguration config)
    {
        var key = LoadSigningKey();
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = config["Kiosk:Issuer"] ?? Issuer,
                    ValidateAudience = true,
                    ValidAudience = Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = key,
                    ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256 },
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
            });
        return services;
    }
}