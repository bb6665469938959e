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
}
