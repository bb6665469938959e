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
        // Postgres full-text search over the generated search_vector column (migration 0042).
        // FromSql takes a FormattableString, so accountId and term go in as parameters.
        return _db.Contacts
            .FromSql($"""
                SELECT * FROM contacts
                WHERE account_id = {accountId}
                  AND search_vector @@ websearch_to_tsquery('simple', {term})
                """)
            .OrderBy(c => c.DisplayName)
            .Take(50)
            .ToListAsync(ct);
    }

    public Task<Contact?> FindAsync(int accountId, int id, CancellationToken ct) =>
        _db.Contacts.SingleOrDefaultAsync(c => c.AccountId == accountId && c.Id == id, ct);
}
