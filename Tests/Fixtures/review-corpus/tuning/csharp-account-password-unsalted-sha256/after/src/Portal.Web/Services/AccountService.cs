using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Models;

namespace Portal.Web.Services;

public class AccountService
{
    private readonly PortalDbContext _db;

    public AccountService(PortalDbContext db)
    {
        _db = db;
    }

    public async Task<Account> CreateAsync(string email, string password)
    {
        var account = new Account { Email = email.Trim().ToLowerInvariant() };
        account.PasswordHash = HashPassword(password);
        _db.Accounts.Add(account);
        await _db.SaveChangesAsync();
        return account;
    }

    public async Task<Account?> SignInAsync(string email, string password)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var hash = HashPassword(password);
        return await _db.Accounts.SingleOrDefaultAsync(a => a.Email == normalized && a.PasswordHash == hash);
    }

    // Same format as the legacy PHP portal so both apps can share the accounts table during the migration.
    internal static string HashPassword(string password) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))).ToLowerInvariant();
}
