using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Identity.Data;
using Identity.Models;

namespace Identity.Services;

public interface IPasswordService
{
    string Hash(string password);
    bool Verify(string password, string storedHash);
}

public sealed class PasswordService : IPasswordService
{
    public string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        return Convert.ToHexString(digest);
    }

    public bool Verify(string password, string storedHash)
    {
        var candidate = Convert.FromHexString(Hash(password));
        var expected = Convert.FromHexString(storedHash);
        return CryptographicOperations.FixedTimeEquals(candidate, expected);
    }
}

public sealed class RegistrationService
{
    private readonly AppDbContext _db;
    private readonly IPasswordService _passwords;

    public RegistrationService(AppDbContext db, IPasswordService passwords)
    {
        _db = db;
        _passwords = passwords;
    }

    public async Task<User> RegisterAsync(string email, string password)
    {
        var user = new User { Email = email.Trim().ToLowerInvariant(), PasswordHash = _passwords.Hash(password) };
        _db.Users.Add(user);
        await _db.SaveChangesAsync();
        return user;
    }
}