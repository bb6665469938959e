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

        IQueryable<Product> query = _db.Products
            .AsNoTracking()
            .Where(p => p.StoreId == storeId && !p.Archived);

        if (!string.IsNullOrWhiteSpace(term))
        {
            var pattern = $"%{term.Trim()}%";
            query = query.Where(p => EF.Functions.ILike(p.Name, pattern)
                                  || EF.Functions.ILike(p.Sku, pattern));
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
