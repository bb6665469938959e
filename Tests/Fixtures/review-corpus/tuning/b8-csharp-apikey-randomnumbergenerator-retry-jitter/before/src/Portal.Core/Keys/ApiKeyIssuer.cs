using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Keys;

public sealed class ApiKeyIssuer(PortalDbContext db)
{
    private static readonly Random Jitter = new();

    public async Task<string> IssueAsync(Guid accountId, CancellationToken ct)
    {
        var key = Guid.NewGuid().ToString("N");
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                db.ApiKeys.Add(new ApiKey { AccountId = accountId, KeyHash = hash, CreatedAt = DateTime.UtcNow });
                await db.SaveChangesAsync(ct);
                return key;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
            }
        }
    }
}