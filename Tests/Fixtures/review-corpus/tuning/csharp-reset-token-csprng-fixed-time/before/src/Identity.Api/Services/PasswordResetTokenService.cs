using System.Security.Cryptography;
using System.Text;
using Identity.Api.Data;
using Identity.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api.Services;

public sealed class PasswordResetTokenService
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly IdentityDbContext _db;
    private readonly TimeProvider _clock;

    public PasswordResetTokenService(IdentityDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    public async Task<string> IssueAsync(User user, CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N");
        _db.PasswordResetTokens.Add(new PasswordResetToken
        {
            UserId = user.Id,
            TokenHash = Hash(token),
            ExpiresAt = _clock.GetUtcNow().Add(Lifetime),
        });
        await _db.SaveChangesAsync(ct);
        return token;
    }

    private static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
