using Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Infrastructure;

public sealed class ProductQueries
{
    private readonly CatalogDbContext _db;

    public ProductQueries(CatalogDbContext db) => _db = db;

    public Task<List<ProductListItem>> SearchAsync(string term, int take, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, 100);

        // Full-text search over name + description; FromSql turns each {hole} into a DbParameter.
        return _db.Products
            .FromSql($"""
                SELECT * FROM products
                WHERE search_vector @@ websearch_to_tsquery('english', {term})
                ORDER BY ts_rank(search_vector, websearch_to_tsquery('english', {term})) DESC
                """)
            .AsNoTracking()
            .Where(p => p.IsPublished)
            .Take(take)
            .Select(p => new ProductListItem(p.Id, p.Sku, p.Name, p.PriceCents))
            .ToListAsync(ct);
    }
}
