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
        var pattern = $"%{term.Trim()}%";
        return await _db.Products
            .AsNoTracking()
            .Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Sku, pattern))
            .OrderBy(p => p.Name)
            .Take(Math.Clamp(take, 1, 100))
            .ToListAsync(ct);
    }
}
