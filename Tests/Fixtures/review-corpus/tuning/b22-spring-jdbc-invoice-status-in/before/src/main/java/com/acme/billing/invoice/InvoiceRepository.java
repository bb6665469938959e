package com.acme.billing.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {

    private static final RowMapper<Invoice> ROW_MAPPER = (rs, rowNum) -> new Invoice(
            rs.getLong("id"),
            rs.getString("number"),
            rs.getLong("customer_id"),
            rs.getString("status"),
            rs.getBigDecimal("total"),
            rs.getObject("issued_on", LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Invoice> findById(long tenantId, long id) {
        List<Invoice> rows = jdbc.query(
                "SELECT id, number, customer_id, status, total, issued_on FROM invoices"
                        + " WHERE tenant_id = :tenantId AND id = :id",
                new MapSqlParameterSource("tenantId", tenantId).addValue("id", id),
                ROW_MAPPER);
        return rows.stream().findFirst();
    }

    /**
     * Search invoices for the invoice list screen. {@code criteria} is bound straight from the
     * query string of GET /api/invoices by {@link InvoiceController}.
     */
    public List<Invoice> search(long tenantId, InvoiceSearch criteria) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, number, customer_id, status, total, issued_on FROM invoices WHERE tenant_id = :tenantId");
        MapSqlParameterSource params = new MapSqlParameterSource("tenantId", tenantId);

        if (criteria.customerId() != null) {
            sql.append(" AND customer_id = :customerId");
            params.addValue("customerId", criteria.customerId());
        }
        if (criteria.issuedFrom() != null) {
            sql.append(" AND issued_on >= :issuedFrom");
            params.addValue("issuedFrom", criteria.issuedFrom());
        }
        if (criteria.issuedTo() != null) {
            sql.append(" AND issued_on <= :issuedTo");
            params.addValue("issuedTo", criteria.issuedTo());
        }
        if (criteria.number() != null && !criteria.number().isBlank()) {
            sql.append(" AND number LIKE :number");
            params.addValue("number", criteria.number().trim() + "%");
        }

        sql.append(" ORDER BY issued_on DESC, id DESC LIMIT :limit OFFSET :offset");
        params.addValue("limit", criteria.pageSize());
        params.addValue("offset", (long) criteria.page() * criteria.pageSize());
        return jdbc.query(sql.toString(), params, ROW_MAPPER);
    }

    public int markPaid(long tenantId, long id) {
        return jdbc.update(
                "UPDATE invoices SET status = 'PAID', paid_at = now() WHERE tenant_id = :tenantId AND id = :id",
                new MapSqlParameterSource("tenantId", tenantId).addValue("id", id));
    }
}
