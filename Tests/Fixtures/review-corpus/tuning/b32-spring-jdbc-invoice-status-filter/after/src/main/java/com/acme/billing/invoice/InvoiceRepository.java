package com.acme.billing.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {

    private static final RowMapper<InvoiceSummary> SUMMARY_MAPPER = (rs, rowNum) -> new InvoiceSummary(
            rs.getObject("id", UUID.class),
            rs.getString("number"),
            rs.getString("customer_name"),
            rs.getString("status"),
            rs.getBigDecimal("total"),
            rs.getObject("issued_on", LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<InvoiceSummary> search(UUID tenantId, InvoiceFilter filter, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.number, c.name AS customer_name, i.status, i.total, i.issued_on
                  FROM invoices i
                  JOIN customers c ON c.id = i.customer_id
                 WHERE i.tenant_id = :tenantId
                """);
        MapSqlParameterSource params = new MapSqlParameterSource("tenantId", tenantId);

        if (filter.customerId() != null) {
            sql.append(" AND i.customer_id = :customerId");
            params.addValue("customerId", filter.customerId());
        }
        if (filter.issuedFrom() != null) {
            sql.append(" AND i.issued_on >= :issuedFrom");
            params.addValue("issuedFrom", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            sql.append(" AND i.issued_on <= :issuedTo");
            params.addValue("issuedTo", filter.issuedTo());
        }
        if (filter.numberPrefix() != null && !filter.numberPrefix().isBlank()) {
            sql.append(" AND i.number LIKE :numberPrefix");
            params.addValue("numberPrefix", filter.numberPrefix() + "%");
        }
        // ?status=OPEN&status=OVERDUE from the invoice list screen
        List<String> statuses = filter.statuses();
        if (statuses != null && !statuses.isEmpty()) {
            String inList = statuses.stream()
                    .map(s -> "'" + s.trim().toUpperCase() + "'")
                    .collect(Collectors.joining(", "));
            sql.append(" AND i.status IN (")
               .append(inList)
               .append(")");
        }

        sql.append(" ORDER BY i.issued_on DESC, i.number DESC LIMIT :limit OFFSET :offset");
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql.toString(), params, SUMMARY_MAPPER);
    }

    public Optional<InvoiceSummary> findById(UUID tenantId, UUID invoiceId) {
        List<InvoiceSummary> rows = jdbc.query("""
                SELECT i.id, i.number, c.name AS customer_name, i.status, i.total, i.issued_on
                  FROM invoices i
                  JOIN customers c ON c.id = i.customer_id
                 WHERE i.tenant_id = :tenantId AND i.id = :id
                """, new MapSqlParameterSource("tenantId", tenantId).addValue("id", invoiceId), SUMMARY_MAPPER);
        return rows.stream().findFirst();
    }

    public int markPaid(UUID tenantId, UUID invoiceId) {
        return jdbc.update("""
                UPDATE invoices SET status = 'PAID', paid_at = now()
                 WHERE tenant_id = :tenantId AND id = :id AND status = 'OPEN'
                """, new MapSqlParameterSource("tenantId", tenantId).addValue("id", invoiceId));
    }
}
