using Catalog.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Data;

public interface IProductSearchRepository
{
    Task<PagedResult<ProductListItem>> SearchAsync(ProductSearch search, CancellationToken ct);
}

public sealed class ProductSearchRepository : IProductSearchRepository
{
    private readonly CatalogDbContext _db;

    public ProductSearchRepository(CatalogDbContext db) => _db = db;

    public async Task<PagedResult<ProductListItem>> SearchAsync(ProductSearch search, CancellationToken ct)
    {
        IQueryable<Product> products = _db.Products;

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            // ILIKE '%x%' couldn't use an index and ignored descriptions; match against the
            // generated tsvector column instead, and keep SKU prefix matches for barcode scanners.
            var text = search.Text.Trim();
            var prefix = text + "%";
            products = _db.Products.FromSqlInterpolated($@"
                SELECT * FROM catalog.products
                WHERE search_vector @@ websearch_to_tsquery('simple', {text})
                   OR sku ILIKE {prefix}");
        }

        products = products
            .AsNoTracking()
            .Where(p => p.StoreId == search.StoreId && !p.IsArchived);

        if (search.CategoryId is { } categoryId)
        {
            products = products.Where(p => p.CategoryId == categoryId);
        }

        if (search.InStockOnly)
        {
            products = products.Where(p => p.StockQuantity > 0);
        }

        var total = await products.CountAsync(ct);

        var items = await products
            .OrderBy(p => p.Name)
            .ThenBy(p => p.Id)
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .Select(p => new ProductListItem(p.Id, p.Sku, p.Name, p.Price, p.StockQuantity))
            .ToListAsync(ct);

        return new PagedResult<ProductListItem>(items, total, search.Page, search.PageSize);
    }
}
