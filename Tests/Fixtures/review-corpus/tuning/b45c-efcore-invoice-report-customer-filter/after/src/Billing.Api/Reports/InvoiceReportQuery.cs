using Billing.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Billing.Api.Reports;

public sealed class InvoiceReportQuery
{
    private readonly BillingDbContext _db;

    public InvoiceReportQuery(BillingDbContext db) => _db = db;

    public async Task<IReadOnlyList<InvoiceRow>> RunAsync(
        Guid tenantId, string? status, string? customer, CancellationToken ct)
    {
        var customerFilter = string.IsNullOrWhiteSpace(customer)
            ? string.Empty
            : $" AND c.display_name ILIKE '%{customer.Trim()}%'";

        var sql = "SELECT i.id, i.number, i.total, i.status, c.display_name " +
                  "FROM invoices i JOIN customers c ON c.id = i.customer_id " +
                  "WHERE i.tenant_id = {0}" + customerFilter;

        var query = _db.InvoiceRows
            .FromSqlRaw(sql, tenantId)
            .AsNoTracking();

        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(r => r.Status == status);
        }

        return await query
            .OrderByDescending(r => r.Number)
            .Take(500)
            .ToListAsync(ct);
    }
}
