using Microsoft.EntityFrameworkCore;

namespace Acme.Catalog.Data;

public sealed record ProductHit(int Id, string Name, decimal Price, double Rank);

public sealed class ProductSearch(CatalogDbContext db)
{
    public async Task<IReadOnlyList<ProductHit>> SearchAsync(string term, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, 100);
        term = term.Trim();

        return await db.Products
            .AsNoTracking()
            .Where(p => p.IsPublished && EF.Functions.ILike(p.Name, "%" + term + "%"))
            .OrderBy(p => p.Name)
            .Take(limit)
            .Select(p => new ProductHit(p.Id, p.Name, p.Price, 0))
            .ToListAsync(ct);
    }

    public Task<int> CountPublishedAsync(CancellationToken ct) =>
        db.Products.CountAsync(p => p.IsPublished, ct);
}