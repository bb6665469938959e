using System.Data;
using System.Text;
using Dapper;
using Fleet.Api.Models;

namespace Fleet.Api.Data;

public sealed class VehicleQueries
{
    private readonly IDbConnectionFactory _connections;
    private readonly ILogger<VehicleQueries> _logger;

    public VehicleQueries(IDbConnectionFactory connections, ILogger<VehicleQueries> logger)
    {
        _connections = connections;
        _logger = logger;
    }

    public async Task<VehicleDetails?> GetAsync(Guid fleetId, Guid vehicleId, CancellationToken ct)
    {
        const string sql = """
            SELECT v.id, v.registration, v.vin, v.make, v.model, v.depot_code AS DepotCode,
                   v.status, v.odometer_km AS OdometerKm, v.next_service_due AS NextServiceDue
            FROM vehicles v
            WHERE v.fleet_id = @FleetId AND v.id = @VehicleId
            """;

        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<VehicleDetails>(
            new CommandDefinition(sql, new { FleetId = fleetId, VehicleId = vehicleId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<VehicleSummary>> ListAsync(Guid fleetId, VehicleListQuery query, CancellationToken ct)
    {
        var sql = new StringBuilder("""
            SELECT v.id, v.registration, v.make, v.model, v.depot_code AS DepotCode, v.status
            FROM vehicles v
            WHERE v.fleet_id = @FleetId
            """);
        var args = new DynamicParameters();
        args.Add("FleetId", fleetId);

        if (query.Status is { } status)
        {
            sql.AppendLine(" AND v.status = @Status");
            args.Add("Status", status.ToString().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Registration))
        {
            sql.AppendLine(" AND v.registration ILIKE @Registration");
            args.Add("Registration", $"%{query.Registration.Trim()}%");
        }

        if (!string.IsNullOrWhiteSpace(query.Depot))
        {
            sql.AppendLine(" AND v.depot_code = @Depot");
            args.Add("Depot", query.Depot.Trim().ToUpperInvariant());
        }

        sql.AppendLine(" ORDER BY v.registration");
        sql.AppendLine(" LIMIT @Take OFFSET @Skip");
        args.Add("Take", query.PageSize);
        args.Add("Skip", (query.Page - 1) * query.PageSize);

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<VehicleSummary>(
            new CommandDefinition(sql.ToString(), args, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<int> CountDueForServiceAsync(Guid fleetId, DateOnly dueBefore, CancellationToken ct)
    {
        const string sql = """
            SELECT COUNT(*)
            FROM vehicles v
            WHERE v.fleet_id = @FleetId
              AND v.status <> 'retired'
              AND v.next_service_due < @DueBefore
            """;

        using var conn = await _connections.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<int>(
            new CommandDefinition(sql, new { FleetId = fleetId, DueBefore = dueBefore.ToDateTime(TimeOnly.MinValue) }, cancellationToken: ct));
    }
}
