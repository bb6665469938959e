using System.Security.Cryptography;
using System.Text;
using Accounts.Data;
using Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Accounts.Services;

public sealed class UserAccountService
{
    private readonly AccountsDbContext _db;
    private readonly IPasswordHasher<UserAccount> _hasher;
    private readonly ILogger<UserAccountService> _logger;

    public UserAccountService(AccountsDbContext db, IPasswordHasher<UserAccount> hasher, ILogger<UserAccountService> logger)
    {
        _db = db;
        _hasher = hasher;
        _logger = logger;
    }

    // The PHP customer portal reads the same Users table and only understands its
    // md5() hashes, so new and changed passwords are written in that format.
    private static string LegacyHash(string password) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))).ToLowerInvariant();

    public async Task<UserAccount> RegisterAsync(string email, string password, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        if (await _db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            throw new DuplicateEmailException(email);
        }

        var user = new UserAccount
        {
            Email = email.Trim(),
            NormalizedEmail = normalized,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        user.PasswordHash = LegacyHash(password);

        _db.Users.Add(user);
        await _db.SaveChangesAsync(ct);
        return user;
    }

    public async Task<UserAccount?> ValidateCredentialsAsync(string email, string password, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await _db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null || user.LockedUntil > DateTimeOffset.UtcNow)
        {
            return null;
        }

        if (!string.Equals(user.PasswordHash, LegacyHash(password), StringComparison.Ordinal))
        {
            user.FailedLogins++;
            if (user.FailedLogins >= 5)
            {
                user.LockedUntil = DateTimeOffset.UtcNow.AddMinutes(15);
            }
            await _db.SaveChangesAsync(ct);
            return null;
        }

        user.FailedLogins = 0;
        user.LastLoginAt = DateTimeOffset.UtcNow;
        await _db.SaveChangesAsync(ct);
        return user;
    }

    public async Task ChangePasswordAsync(UserAccount user, string newPassword, CancellationToken ct)
    {
        user.PasswordHash = LegacyHash(newPassword);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Password changed for user {UserId}", user.Id);
    }
}
