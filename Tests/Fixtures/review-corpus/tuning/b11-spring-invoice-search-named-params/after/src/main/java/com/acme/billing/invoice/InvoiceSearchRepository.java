package com.acme.billing.invoice;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceSearchRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceSearchRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record InvoiceFilter(long tenantId, String status, String customerName,
                                LocalDate issuedFrom, LocalDate issuedTo, int limit) {}

    public List<InvoiceRow> search(InvoiceFilter f) {
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.number, i.status, i.total_cents, i.issued_on, c.name AS customer
                FROM invoices i JOIN customers c ON c.id = i.customer_id
                WHERE i.tenant_id = :tenantId
                """);
        MapSqlParameterSource params = new MapSqlParameterSource("tenantId", f.tenantId());

        if (f.status() != null) {
            sql.append(" AND i.status = :status");
            params.addValue("status", f.status());
        }
        if (f.customerName() != null && !f.customerName().isBlank()) {
            sql.append(" AND c.name ILIKE :customer");
            params.addValue("customer", "%" + f.customerName().trim() + "%");
        }
        if (f.issuedFrom() != null) {
            sql.append(" AND i.issued_on >= :from");
            params.addValue("from", f.issuedFrom());
        }
        if (f.issuedTo() != null) {
            sql.append(" AND i.issued_on < :to");
            params.addValue("to", f.issuedTo());
        }
        sql.append(" ORDER BY i.issued_on DESC LIMIT :limit");
        params.addValue("limit", Math.min(Math.max(f.limit(), 1), 500));

        return jdbc.query(sql.toString(), params, (rs, n) -> new InvoiceRow(
                rs.getLong("id"), rs.getString("number"), rs.getString("status"),
                rs.getLong("total_cents"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("customer")));
    }
}