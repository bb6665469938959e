using System.Data;
using Dapper;

namespace Shipping.Api.Data;

public sealed class ShipmentQueries
{
    private readonly IDbConnection _connection;

    public ShipmentQueries(IDbConnection connection)
    {
        _connection = connection;
    }

    public Task<ShipmentDto?> GetByTrackingNumberAsync(string trackingNumber)
    {
        const string sql = @"
            SELECT Id, TrackingNumber, Carrier, Status, ShippedAt
            FROM Shipments
            WHERE TrackingNumber = @TrackingNumber";

        return _connection.QuerySingleOrDefaultAsync<ShipmentDto>(sql, new { TrackingNumber = trackingNumber });
    }

    public Task<IEnumerable<ShipmentDto>> ListForCarrierAsync(
        string carrier, IReadOnlyCollection<string> statuses, DateTime since)
    {
        // Dapper expands "IN @Statuses" into one parameter per element.
        const string sql = @"
            SELECT Id, TrackingNumber, Carrier, Status, ShippedAt
            FROM Shipments
            WHERE Carrier = @Carrier
              AND Status IN @Statuses
              AND ShippedAt >= @Since
            ORDER BY ShippedAt DESC";

        return _connection.QueryAsync<ShipmentDto>(sql, new { Carrier = carrier, Statuses = statuses, Since = since });
    }
}

public sealed record ShipmentDto(Guid Id, string TrackingNumber, string Carrier, string Status, DateTime? ShippedAt);
