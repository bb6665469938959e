using System.Text;
using Billing.Api.Models;
using Dapper;

namespace Billing.Api.Data;

public sealed class InvoiceRepository : IInvoiceRepository
{
    private readonly IDbConnectionFactory _connections;
    private readonly ILogger<InvoiceRepository> _logger;

    public InvoiceRepository(IDbConnectionFactory connections, ILogger<InvoiceRepository> logger)
    {
        _connections = connections;
        _logger = logger;
    }

    public async Task<Invoice?> GetAsync(Guid tenantId, Guid invoiceId, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
            "SELECT * FROM billing.invoices WHERE tenant_id = @tenantId AND id = @invoiceId",
            new { tenantId, invoiceId },
            cancellationToken: ct));
    }

    public async Task<IReadOnlyList<InvoiceSummary>> SearchAsync(Guid tenantId, InvoiceSearch search, CancellationToken ct)
    {
        var sql = new StringBuilder(@"
            SELECT i.id, i.number, i.customer_name, i.total_cents, i.currency, i.status, i.issued_at
            FROM billing.invoices i
            WHERE i.tenant_id = @tenantId");
        var args = new DynamicParameters();
        args.Add("tenantId", tenantId);

        if (!string.IsNullOrWhiteSpace(search.Customer))
        {
            sql.Append(" AND i.customer_name ILIKE @customer");
            args.Add("customer", $"%{search.Customer.Trim()}%");
        }

        if (search.IssuedFrom is { } from)
        {
            sql.Append(" AND i.issued_at >= @from");
            args.Add("from", from);
        }

        if (search.IssuedTo is { } to)
        {
            sql.Append(" AND i.issued_at < @to");
            args.Add("to", to);
        }

        var pageSize = Math.Clamp(search.PageSize, 1, 200);
        sql.Append(" ORDER BY i.issued_at DESC, i.number DESC LIMIT @take OFFSET @skip");
        args.Add("take", pageSize);
        args.Add("skip", Math.Max(0, search.Page - 1) * pageSize);

        using var conn = await _connections.OpenAsync(ct);
        var rows = await conn.QueryAsync<InvoiceSummary>(
            new CommandDefinition(sql.ToString(), args, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<bool> MarkPaidAsync(Guid tenantId, Guid invoiceId, DateTimeOffset paidAt, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        var affected = await conn.ExecuteAsync(new CommandDefinition(
            @"UPDATE billing.invoices
                 SET status = 'paid', paid_at = @paidAt
               WHERE tenant_id = @tenantId AND id = @invoiceId AND status <> 'void'",
            new { tenantId, invoiceId, paidAt },
            cancellationToken: ct));

        if (affected == 0)
        {
            _logger.LogWarning("Invoice {InvoiceId} not marked paid (missing or void)", invoiceId);
        }

        return affected == 1;
    }
}
