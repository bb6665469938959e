using System.Data;
using Dapper;
using Logistics.Application.Shipments;

namespace Logistics.Infrastructure.Queries;

public sealed class ShipmentQueries : IShipmentQueries
{
    private readonly IDbConnectionFactory _connections;

    public ShipmentQueries(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<IReadOnlyList<ShipmentRow>> ListAsync(ShipmentListRequest request, CancellationToken ct)
    {
        var orderBy = request.SortBy switch
        {
            ShipmentSort.Eta => "s.estimated_arrival",
            ShipmentSort.Destination => "s.destination_code",
            ShipmentSort.Weight => "s.gross_weight_kg",
            _ => "s.created_at",
        };

        var parameters = new DynamicParameters();
        parameters.Add("WarehouseId", request.WarehouseId, DbType.Guid);
        parameters.Add("Status", request.Status?.ToString());
        parameters.Add("Offset", request.Page * request.PageSize);
        parameters.Add("PageSize", request.PageSize);

        var sql = $"""
            SELECT s.id, s.tracking_number, s.status, s.destination_code,
                   s.estimated_arrival, s.gross_weight_kg, s.created_at
            FROM shipments s
            WHERE s.warehouse_id = @WarehouseId
              AND (@Status IS NULL OR s.status = @Status)
            ORDER BY {orderBy} DESC
            OFFSET @Offset ROWS FETCH NEXT @PageSize ROWS ONLY
            """;

        using var connection = await _connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ShipmentRow>(
            new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<ShipmentRow?> GetByTrackingNumberAsync(string trackingNumber, CancellationToken ct)
    {
        const string sql = """
            SELECT s.id, s.tracking_number, s.status, s.destination_code,
                   s.estimated_arrival, s.gross_weight_kg, s.created_at
            FROM shipments s
            WHERE s.tracking_number = @trackingNumber
            """;

        using var connection = await _connections.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ShipmentRow>(
            new CommandDefinition(sql, new { trackingNumber }, cancellationToken: ct));
    }
}
