using System.Data;
using System.Text;
using Dapper;

namespace Fulfilment.Data.Queries;

public sealed class OrderSearchQuery
{
    private readonly IDbConnection _connection;

    public OrderSearchQuery(IDbConnection connection) => _connection = connection;

    public async Task<IEnumerable<OrderRow>> ExecuteAsync(OrderSearchFilter filter)
    {
        var sql = new StringBuilder(
            "SELECT o.Id, o.Reference, o.Status, o.CreatedUtc, c.Name AS CustomerName " +
            "FROM dbo.Orders o JOIN dbo.Customers c ON c.Id = o.CustomerId WHERE 1 = 1");
        var parameters = new DynamicParameters();

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            sql.Append(" AND o.Status = @Status");
            parameters.Add("Status", filter.Status);
        }

        if (filter.CreatedFrom is not null)
        {
            sql.Append(" AND o.CreatedUtc >= @CreatedFrom");
            parameters.Add("CreatedFrom", filter.CreatedFrom);
        }

        sql.Append(" ORDER BY o.CreatedUtc DESC OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY");
        parameters.Add("Skip", Math.Max(filter.Skip, 0));
        parameters.Add("Take", Math.Clamp(filter.Take, 1, 200));

        return await _connection.QueryAsync<OrderRow>(sql.ToString(), parameters);
    }
}
