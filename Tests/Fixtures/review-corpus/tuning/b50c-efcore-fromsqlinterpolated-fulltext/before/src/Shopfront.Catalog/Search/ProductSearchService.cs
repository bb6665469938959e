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

        return await _db.Products
            .AsNoTracking()
            .Where(p => p.IsPublished)
            .Where(p => EF.Functions.ILike(p.Name, $"%{term}%"))
            .OrderBy(p => p.Name)
            .Take(take)
            .Select(p => new ProductSummary(p.Id, p.Name, p.Slug, p.PriceCents))
            .ToListAsync(ct);
    }
}
