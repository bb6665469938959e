using Catalog.Application.Products;
using Catalog.Domain.Products;
using Catalog.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Infrastructure.Products;

internal sealed class ProductSearchService : IProductSearchService
{
    private readonly CatalogDbContext _db;

    public ProductSearchService(CatalogDbContext db)
    {
        _db = db;
    }

    public async Task<PagedResult<ProductListItem>> SearchAsync(ProductSearchQuery query, CancellationToken ct)
    {
        IQueryable<Product> products;

        if (!string.IsNullOrWhiteSpace(query.Term))
        {
            // ILIKE '%term%' was doing a seq scan on 2M rows; use the GIN index on search_vector instead.
            var term = query.Term.Trim();
            products = _db.Products.FromSqlInterpolated($@"
                SELECT * FROM catalog.products
                WHERE search_vector @@ websearch_to_tsquery('simple', {term})
                   OR sku = {term}");
        }
        else
        {
            products = _db.Products;
        }

        products = products
            .AsNoTracking()
            .Where(p => p.StoreId == query.StoreId && !p.IsArchived);

        if (query.CategoryId is { } categoryId)
        {
            products = products.Where(p => p.CategoryId == categoryId);
        }

        products = query.Sort switch
        {
            ProductSort.PriceAsc => products.OrderBy(p => p.PriceCents).ThenBy(p => p.Id),
            ProductSort.PriceDesc => products.OrderByDescending(p => p.PriceCents).ThenBy(p => p.Id),
            ProductSort.Newest => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
            _ => products.OrderBy(p => p.Name).ThenBy(p => p.Id),
        };

        var total = await products.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var items = await products
            .Skip((Math.Max(query.Page, 1) - 1) * pageSize)
            .Take(pageSize)
            .Select(p => new ProductListItem(p.Id, p.Sku, p.Name, p.PriceCents, p.Currency, p.ThumbnailUrl))
            .ToListAsync(ct);

        return new PagedResult<ProductListItem>(items, total, query.Page, pageSize);
    }
}
