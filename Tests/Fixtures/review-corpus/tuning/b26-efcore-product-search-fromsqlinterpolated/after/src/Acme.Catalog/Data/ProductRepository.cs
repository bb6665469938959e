using Acme.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Acme.Catalog.Data;

public sealed class ProductRepository : IProductRepository
{
    private const int MaxPageSize = 100;

    private readonly CatalogDbContext _db;

    public ProductRepository(CatalogDbContext db)
    {
        _db = db;
    }

    public Task<Product?> FindAsync(Guid id, CancellationToken ct) =>
        _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && !p.Archived, ct);

    public async Task<PagedResult<ProductSummary>> SearchAsync(
        Guid storeId, string? term, int page, int pageSize, CancellationToken ct)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 1);

        IQueryable<Product> query;
        if (!string.IsNullOrWhiteSpace(term))
        {
            // Full-text search over the generated search_vector column (see
            // migration 20240611_ProductSearchVector). EF turns each {hole} in
            // the interpolated string into a DbParameter.
            var text = term.Trim();
            query = _db.Products
                .FromSqlInterpolated($@"
                    SELECT p.*
                      FROM products p
                     WHERE p.store_id = {storeId}
                       AND NOT p.archived
                       AND (p.search_vector @@ websearch_to_tsquery('english', {text})
                            OR p.sku ILIKE {text + "%"})")
                .AsNoTracking();
        }
        else
        {
            query = _db.Products
                .AsNoTracking()
                .Where(p => p.StoreId == storeId && !p.Archived);
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(p => p.Name)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(p => new ProductSummary(p.Id, p.Sku, p.Name, p.Price, p.StockLevel))
            .ToListAsync(ct);

        return new PagedResult<ProductSummary>(items, total, page, pageSize);
    }

    public async Task AddAsync(Product product, CancellationToken ct)
    {
        _db.Products.Add(product);
        await _db.SaveChangesAsync(ct);
    }

    public async Task ArchiveAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        await _db.Products
            .Where(p => p.StoreId == storeId && p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Archived, true), ct);
    }
}
