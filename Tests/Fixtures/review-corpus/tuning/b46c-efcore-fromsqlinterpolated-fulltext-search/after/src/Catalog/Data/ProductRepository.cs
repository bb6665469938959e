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
        return await _db.Products
            .FromSqlInterpolated($@"
                SELECT * FROM products
                WHERE search_vector @@ websearch_to_tsquery('english', {term})")
            .AsNoTracking()
            .Where(p => p.IsPublished)
            .OrderBy(p => p.Name)
            .Take(limit)
            .ToListAsync(ct);
    }
}
