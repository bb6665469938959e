using Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Data;

public sealed class ProductRepository : IProductRepository
{
    private readonly CatalogDbContext _db;

    public ProductRepository(CatalogDbContext db) => _db = db;

    public Task<Product?> GetAsync(Guid id, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<IReadOnlyList<Product>> SearchAsync(string term, int limit, CancellationToken ct)
    {
        var pattern = $"%{term}%";
        return await _db.Products
            .AsNoTracking()
            .Where(p => p.IsPublished && EF.Functions.ILike(p.Name, pattern))
            .OrderBy(p => p.Name)
            .Take(limit)
            .ToListAsync(ct);
    }
}
