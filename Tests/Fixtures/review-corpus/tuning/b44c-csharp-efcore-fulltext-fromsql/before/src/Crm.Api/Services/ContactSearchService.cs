using Crm.Api.Data;
using Crm.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Services;

public class ContactSearchService
{
    private readonly CrmDbContext _db;

    public ContactSearchService(CrmDbContext db) => _db = db;

    public Task<List<Contact>> SearchAsync(int accountId, string term, CancellationToken ct)
    {
        var pattern = $"%{term}%";
        return _db.Contacts
            .Where(c => c.AccountId == accountId)
            .Where(c => EF.Functions.ILike(c.DisplayName, pattern) || EF.Functions.ILike(c.Email, pattern))
            .OrderBy(c => c.DisplayName)
            .Take(50)
            .ToListAsync(ct);
    }

    public Task<Contact?> FindAsync(int accountId, int id, CancellationToken ct) =>
        _db.Contacts.SingleOrDefaultAsync(c => c.AccountId == accountId && c.Id == id, ct);
}
