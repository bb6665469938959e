using Microsoft.EntityFrameworkCore;

namespace Acme.Shop.Data;

public class OrderQueries(ShopContext db)
{
    public Task<List<Order>> RecentForCustomer(int customerId) =>
        db.Orders.Where(o => o.CustomerId == customerId)
                 .OrderByDescending(o => o.PlacedAt)
                 .Take(20)
                 .ToListAsync();
}