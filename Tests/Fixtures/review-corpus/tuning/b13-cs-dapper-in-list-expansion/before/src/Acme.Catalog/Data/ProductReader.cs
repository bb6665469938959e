using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Threading.Tasks;
using Dapper;

namespace Acme.Catalog.Data
{
    public sealed class ProductReader
    {
        private readonly IDbConnection _connection;

        public ProductReader(IDbConnection connection)
        {
            _connection = connection;
        }

        public async Task<IReadOnlyList<Product>> GetByIdsAsync(IEnumerable<int> ids)
        {
            var results = new List<Product>();
            foreach (var id in ids)
            {
                var product = await _connection.QuerySingleOrDefaultAsync<Product>(
                    "SELECT Id, Sku, Name, PriceCents FROM Products WHERE Id = @Id", new { Id = id });
                if (product != null)
                {
                    results.Add(product);
                }
            }
            return results;
        }
    }
}