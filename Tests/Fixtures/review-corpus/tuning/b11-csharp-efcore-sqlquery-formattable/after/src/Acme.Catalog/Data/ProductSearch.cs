using Microsoft.EntityFrameworkCore;

namespace Acme.Catalog.Data;

public sealed record ProductHit(int Id, string Name, decimal Price, double Rank);

public sealed class ProductSearch(CatalogDbContext db)
{
    public async Task<IReadOnlyList<ProductHit>> SearchAsync(string term, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, 100);
        term = term.Trim();

        // Full-text ranking is not expressible in LINQ; SqlQuery parameterises the interpolations.
        return await db.Database
            .SqlQuery<ProductHit>($"""
                SELECT p.id AS "Id", p.name AS "Name", p.price AS "Price",
                       ts_rank(p.search_vector, plainto_tsquery('simple', {term})) AS "Rank"
                FROM products p
                WHERE p.is_published AND p.search_vector @@ plainto_tsquery('simple', {term})
                ORDER BY "Rank" DESC
                LIMIT {limit}
                """)
            .ToListAsync(ct);
    }

    public Task<int> CountPublishedAsync(CancellationToken ct) =>
        db.Products.CountAsync(p => p.IsPublished, ct);
}