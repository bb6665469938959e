using Catalog.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Infrastructure.Repositories;

public sealed class ProductRepository : IProductRepository
{
    private readonly CatalogDbContext _db;

    public ProductRepository(CatalogDbContext db) => _db = db;

    public Task<Product?> GetBySkuAsync(string sku, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);

    public async Task<IReadOnlyList<Product>> SearchAsync(string term, int take, CancellationToken ct)
    {
        var query = term.Trim();
        var limit = Math.Clamp(take, 1, 100);

        // Postgres full-text search over the generated search_vector column.
        // FromSqlInterpolated sends each interpolation hole as a DbParameter.
        return await _db.Products
            .FromSqlInterpolated($@"
                SELECT p.*
                FROM catalog.products AS p
                WHERE p.search_vector @@ websearch_to_tsquery('english', {query})
                ORDER BY ts_rank(p.search_vector, websearch_to_tsquery('english', {query})) DESC
                LIMIT {limit}")
            .AsNoTracking()
            .ToListAsync(ct);
    }
}
