using Logistics.Domain.Shipments;
using Logistics.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Logistics.Infrastructure.Repositories;

public sealed class ShipmentRepository : IShipmentRepository
{
    private readonly LogisticsDbContext _db;
    private readonly ILogger<ShipmentRepository> _logger;

    public ShipmentRepository(LogisticsDbContext db, ILogger<ShipmentRepository> logger)
    {
        _db = db;
        _logger = logger;
    }

    public Task<Shipment?> FindAsync(Guid tenantId, Guid id, CancellationToken ct) =>
        _db.Shipments
            .Include(s => s.Legs)
            .SingleOrDefaultAsync(s => s.TenantId == tenantId && s.Id == id, ct);

    public async Task<IReadOnlyList<Shipment>> ListByStatusAsync(Guid tenantId, ShipmentStatus status, int take,
        CancellationToken ct)
    {
        return await _db.Shipments
            .Where(s => s.TenantId == tenantId && s.Status == status)
            .OrderByDescending(s => s.CreatedAt)
            .Take(Math.Clamp(take, 1, 500))
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>
    /// Shipments whose last scan is older than <paramref name="olderThan"/>; uses the
    /// partial index on (tenant_id, last_scan_at) which EF does not pick on its own.
    /// </summary>
    public async Task<IReadOnlyList<Shipment>> ListStaleAsync(Guid tenantId, TimeSpan olderThan, CancellationToken ct)
    {
        var cutoff = DateTimeOffset.UtcNow - olderThan;
        return await _db.Shipments
            .FromSqlInterpolated($@"
                SELECT * FROM shipments
                WHERE tenant_id = {tenantId}
                  AND status = 'in_transit'
                  AND last_scan_at < {cutoff}")
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>
    /// Free-text lookup used by the dispatcher search box (tracking number, consignee or city).
    /// </summary>
    public async Task<IReadOnlyList<Shipment>> SearchAsync(Guid tenantId, string term, CancellationToken ct)
    {
        var pattern = BuildLikePattern(term);
        var sql = $@"
            SELECT * FROM shipments
            WHERE tenant_id = '{tenantId}'
              AND (tracking_number ILIKE '{pattern}'
                   OR consignee_name ILIKE '{pattern}'
                   OR destination_city ILIKE '{pattern}')
            ORDER BY created_at DESC
            LIMIT 100";
        return await _db.Shipments.FromSqlRaw(sql).AsNoTracking().ToListAsync(ct);
    }

    private static string BuildLikePattern(string term) => "%" + term.Trim() + "%";

    public async Task AddAsync(Shipment shipment, CancellationToken ct)
    {
        _db.Shipments.Add(shipment);
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Shipment {Id} created for tenant {Tenant}", shipment.Id, shipment.TenantId);
    }

    public async Task<int> MarkDeliveredAsync(Guid tenantId, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var idList = ids.ToList();
        return await _db.Shipments
            .Where(s => s.TenantId == tenantId && idList.Contains(s.Id))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, ShipmentStatus.Delivered)
                .SetProperty(s => s.DeliveredAt, DateTimeOffset.UtcNow), ct);
    }

    public Task<int> CountOpenAsync(Guid tenantId, CancellationToken ct) =>
        _db.Shipments.CountAsync(s => s.TenantId == tenantId && s.Status != ShipmentStatus.Delivered, ct);
}
