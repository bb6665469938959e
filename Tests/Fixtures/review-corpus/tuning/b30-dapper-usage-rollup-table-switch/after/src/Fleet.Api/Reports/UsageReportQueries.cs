using System.Data;
using Dapper;

namespace Fleet.Api.Reports;

public enum UsageGranularity
{
    Daily,
    Weekly,
    Monthly,
}

public sealed record UsageRow(Guid VehicleId, string Registration, DateOnly PeriodStart, decimal Kilometres, decimal FuelLitres);

public interface IUsageReportQueries
{
    Task<IReadOnlyList<UsageRow>> GetUsageAsync(
        Guid tenantId, UsageGranularity granularity, DateOnly from, DateOnly to, CancellationToken ct);
    Task<decimal> GetTotalKilometresAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken ct);
}

public sealed class UsageReportQueries : IUsageReportQueries
{
    private readonly IDbConnectionFactory _connections;

    public UsageReportQueries(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<IReadOnlyList<UsageRow>> GetUsageAsync(
        Guid tenantId, UsageGranularity granularity, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // Table names cannot be bound as parameters; each granularity maps to a fixed rollup table.
        string table = granularity switch
        {
            UsageGranularity.Daily => "vehicle_usage_daily",
            UsageGranularity.Weekly => "vehicle_usage_weekly",
            UsageGranularity.Monthly => "vehicle_usage_monthly",
            _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
        };

        string sql = $"""
            SELECT u.vehicle_id AS VehicleId,
                   v.registration AS Registration,
                   u.period_start AS PeriodStart,
                   u.kilometres AS Kilometres,
                   u.fuel_litres AS FuelLitres
            FROM {table} u
            JOIN vehicles v ON v.id = u.vehicle_id
            WHERE u.tenant_id = @TenantId
              AND u.period_start >= @From
              AND u.period_start < @To
            ORDER BY u.period_start, v.registration
            """;

        using IDbConnection conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<UsageRow>(new CommandDefinition(
            sql,
            new { TenantId = tenantId, From = from, To = to.AddDays(1) },
            cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<decimal> GetTotalKilometresAsync(
        Guid tenantId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        const string sql = """
            SELECT COALESCE(SUM(kilometres), 0)
            FROM vehicle_usage_daily
            WHERE tenant_id = @TenantId AND period_start >= @From AND period_start < @To
            """;

        using IDbConnection conn = await _connections.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<decimal>(new CommandDefinition(
            sql,
            new { TenantId = tenantId, From = from, To = to.AddDays(1) },
            cancellationToken: ct));
    }
}