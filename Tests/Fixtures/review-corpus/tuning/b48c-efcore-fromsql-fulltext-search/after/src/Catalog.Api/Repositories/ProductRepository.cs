using Catalog.Api.Data;
using Catalog.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Repositories;

public sealed class ProductRepository : IProductRepository
{
    private readonly CatalogDbContext _db;

    public ProductRepository(CatalogDbContext db) => _db = db;

    public Task<Product?> GetBySkuAsync(string sku, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);

    public async Task<IReadOnlyList<Product>> ListByCategoryAsync(int categoryId, int take, CancellationToken ct)
    {
        return await _db.Products
            .AsNoTracking()
            .Where(p => p.CategoryId == categoryId && p.IsActive)
            .OrderBy(p => p.Name)
            .Take(Math.Clamp(take, 1, 200))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Product>> SearchAsync(string term, int take, CancellationToken ct)
    {
        var limit = Math.Clamp(take, 1, 200);
        return await _db.Products
            .FromSql($"""
                SELECT * FROM products
                WHERE is_active AND search_vector @@ websearch_to_tsquery('english', {term})
                ORDER BY ts_rank(search_vector, websearch_to_tsquery('english', {term})) DESC
                LIMIT {limit}
                """)
            .AsNoTracking()
            .ToListAsync(ct);
    }
}
