using Microsoft.EntityFrameworkCore;
using Shopfront.Catalog.Data;

namespace Shopfront.Catalog.Search;

public sealed class ProductSearchService
{
    private const int MaxPageSize = 50;
    private readonly CatalogDbContext _db;

    public ProductSearchService(CatalogDbContext db) => _db = db;

    public async Task<IReadOnlyList<ProductSummary>> SearchAsync(
        string term, int take, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, MaxPageSize);

        if (string.IsNullOrWhiteSpace(term))
            return Array.Empty<ProductSummary>();

        // Full-text search over the generated search_vector column (see migration
        // 20240611_AddProductSearchVector). FromSqlInterpolated turns {term} into a
        // DbParameter, it is not spliced into the SQL text.
        return await _db.Products
            .FromSqlInterpolated($@"
                SELECT * FROM products
                WHERE search_vector @@ websearch_to_tsquery('english', {term})")
            .AsNoTracking()
            .Where(p => p.IsPublished)
            .OrderBy(p => p.Name)
            .Take(take)
            .Select(p => new ProductSummary(p.Id, p.Name, p.Slug, p.PriceCents))
            .ToListAsync(ct);
    }
}
