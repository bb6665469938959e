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

        return _db.Products
            .AsNoTracking()
            .Where(p => p.IsPublished && EF.Functions.ILike(p.Name, $"%{term}%"))
            .OrderBy(p => p.Name)
            .Take(take)
            .Select(p => new ProductListItem(p.Id, p.Sku, p.Name, p.PriceCents))
            .ToListAsync(ct);
    }
}
