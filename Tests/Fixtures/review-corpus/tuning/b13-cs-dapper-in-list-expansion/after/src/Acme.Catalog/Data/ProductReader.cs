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
            var distinct = ids.Distinct().ToArray();
            if (distinct.Length == 0)
            {
                return new List<Product>();
            }

            // Dapper expands "IN @Ids" into one bound parameter per element.
            var rows = await _connection.QueryAsync<Product>(
                "SELECT Id, Sku, Name, PriceCents FROM Products WHERE Id IN @Ids",
                new { Ids = distinct });
            return rows.ToList();
        }
    }
}