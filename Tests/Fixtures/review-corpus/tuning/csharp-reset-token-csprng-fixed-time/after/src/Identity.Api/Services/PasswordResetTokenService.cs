using System.Security.Cryptography;
using System.Text;
using Identity.Api.Data;
using Identity.Api.Models;
using Microsoft.AspNetCore.WebUtilities;
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
        // 256 bits from the OS CSPRNG; Guid.NewGuid() is not meant to be unguessable.
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _db.PasswordResetTokens.Add(new PasswordResetToken
        {
            UserId = user.Id,
            TokenHash = Hash(token),
            ExpiresAt = _clock.GetUtcNow().Add(Lifetime),
        });
        await _db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<PasswordResetToken?> FindValidAsync(Guid userId, string token, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var candidate = Convert.FromHexString(Hash(token));
        var active = await _db.PasswordResetTokens
            .Where(t => t.UserId == userId && t.UsedAt == null && t.ExpiresAt > now)
            .ToListAsync(ct);
        return active.FirstOrDefault(t =>
            CryptographicOperations.FixedTimeEquals(Convert.FromHexString(t.TokenHash), candidate));
    }

    private static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
