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
        user.PasswordHash = _hasher.HashPassword(user, password);

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

        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            user.FailedLogins++;
            if (user.FailedLogins >= 5)
            {
                user.LockedUntil = DateTimeOffset.UtcNow.AddMinutes(15);
            }
            await _db.SaveChangesAsync(ct);
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = _hasher.HashPassword(user, password);
        }
        user.FailedLogins = 0;
        user.LastLoginAt = DateTimeOffset.UtcNow;
        await _db.SaveChangesAsync(ct);
        return user;
    }

    public async Task ChangePasswordAsync(UserAccount user, string newPassword, CancellationToken ct)
    {
        user.PasswordHash = _hasher.HashPassword(user, newPassword);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Password changed for user {UserId}", user.Id);
    }
}
