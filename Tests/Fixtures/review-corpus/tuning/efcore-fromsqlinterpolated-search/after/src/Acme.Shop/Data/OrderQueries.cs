using Microsoft.EntityFrameworkCore;

namespace Acme.Shop.Data;

public class OrderQueries(ShopContext db)
{
    public Task<List<Order>> RecentForCustomer(int customerId) =>
        db.Orders.Where(o => o.CustomerId == customerId)
                 .OrderByDescending(o => o.PlacedAt)
                 .Take(20)
                 .ToListAsync();

    // full-text search needs CONTAINS, which LINQ can't express
    public Task<List<Order>> Search(int customerId, string term) =>
        db.Orders.FromSqlInterpolated(
                $"SELECT * FROM Orders WHERE CustomerId = {customerId} AND CONTAINS(Notes, {term})")
            .AsNoTracking()
            .ToListAsync();
}