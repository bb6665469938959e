using Acme.Crm.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Acme.Crm.Data;

public class CustomerQueries
{
    private readonly CrmDbContext _db;

    public CustomerQueries(CrmDbContext db)
    {
        _db = db;
    }

    public Task<List<Customer>> ByRegionAsync(string region, CancellationToken ct) =>
        _db.Customers
            .Where(c => c.Region == region && !c.Archived)
            .OrderBy(c => c.Name)
            .ToListAsync(ct);

    public Task<Customer?> ByIdAsync(int id, CancellationToken ct) =>
        _db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<Customer>> SearchAsync(string term, CancellationToken ct)
    {
        var pattern = $"%{term}%";
        return _db.Customers
            .FromSqlInterpolated($"SELECT * FROM Customers WHERE Archived = 0 AND (Name LIKE {pattern} OR Email LIKE {pattern})")
            .OrderBy(c => c.Name)
            .ToListAsync(ct);
    }
}
