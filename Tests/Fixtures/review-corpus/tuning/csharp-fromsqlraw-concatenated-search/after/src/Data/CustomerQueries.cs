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

    public Task<List<Customer>> SearchAsync(string term, string sortColumn, CancellationToken ct)
    {
        var sql = "SELECT * FROM Customers WHERE Archived = 0 AND (Name LIKE '%" + term +
                  "%' OR Email LIKE '%" + term + "%') ORDER BY " + sortColumn;
        return _db.Customers.FromSqlRaw(sql).ToListAsync(ct);
    }
}
