using Catalog.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Data;

public sealed class ProductRepository : IProductRepository
{
    private readonly CatalogDbContext _db;

    public ProductRepository(CatalogDbContext db)
    {
        _db = db;
    }

    public Task<Product?> GetBySkuAsync(string sku, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);

    public async Task<IReadOnlyList<Product>> SearchAsync(string term, int take, CancellationToken ct)
    {
        // Postgres full-text search ranks multi-word queries far better than ILIKE did.
        return await _db.Products
            .FromSqlRaw($"SELECT * FROM products WHERE search_vector @@ plainto_tsquery('english', '{term}') " +
                        $"ORDER BY ts_rank(search_vector, plainto_tsquery('english', '{term}')) DESC")
            .AsNoTracking()
            .Take(take)
            .ToListAsync(ct);
    }

    public async Task<int> CountInCategoryAsync(int categoryId, CancellationToken ct) =>
        await _db.Products.CountAsync(p => p.CategoryId == categoryId, ct);
}
