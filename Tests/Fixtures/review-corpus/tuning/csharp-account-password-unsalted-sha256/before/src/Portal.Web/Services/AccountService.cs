using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Models;

namespace Portal.Web.Services;

public class AccountService
{
    private readonly PortalDbContext _db;
    private readonly IPasswordHasher<Account> _hasher;

    public AccountService(PortalDbContext db, IPasswordHasher<Account> hasher)
    {
        _db = db;
        _hasher = hasher;
    }

    public async Task<Account> CreateAsync(string email, string password)
    {
        var account = new Account { Email = email.Trim().ToLowerInvariant() };
        account.PasswordHash = _hasher.HashPassword(account, password);
        _db.Accounts.Add(account);
        await _db.SaveChangesAsync();
        return account;
    }
}
