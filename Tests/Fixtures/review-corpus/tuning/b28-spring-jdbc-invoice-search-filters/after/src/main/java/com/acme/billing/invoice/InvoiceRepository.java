package com.acme.billing.invoice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {

    private static final String BASE_SELECT = """
            SELECT i.id, i.customer_id, i.reference, i.status, i.total, i.currency, i.due_date
              FROM invoices i
            """;

    private static final RowMapper<Invoice> ROW_MAPPER = InvoiceRepository::mapRow;

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Invoice> findById(long customerId, long invoiceId) {
        var params = new MapSqlParameterSource()
                .addValue("customerId", customerId)
                .addValue("id", invoiceId);
        List<Invoice> rows = jdbc.query(
                BASE_SELECT + " WHERE i.customer_id = :customerId AND i.id = :id",
                params, ROW_MAPPER);
        return rows.stream().findFirst();
    }

    public List<Invoice> findByCustomer(long customerId, int limit, int offset) {
        var params = new MapSqlParameterSource()
                .addValue("customerId", customerId)
                .addValue("limit", Math.min(limit, 200))
                .addValue("offset", Math.max(offset, 0));
        return jdbc.query(
                BASE_SELECT + " WHERE i.customer_id = :customerId"
                        + " ORDER BY i.due_date DESC LIMIT :limit OFFSET :offset",
                params, ROW_MAPPER);
    }

    /**
     * Backs the invoice list filters: status comes from the ?status= dropdown and
     * reference from the free-text search box on the billing page.
     */
    public List<Invoice> search(long customerId, String status, String reference, int limit) {
        StringBuilder sql = new StringBuilder(BASE_SELECT)
                .append(" WHERE i.customer_id = :customerId");
        if (status != null && !status.isBlank()) {
            sql.append(" AND i.status = '").append(status.toUpperCase()).append("'");
        }
        if (reference != null && !reference.isBlank()) {
            sql.append(" AND i.reference ILIKE '%")
                    .append(reference.trim())
                    .append("%'");
        }
        sql.append(" ORDER BY i.due_date DESC LIMIT :limit");

        var params = new MapSqlParameterSource()
                .addValue("customerId", customerId)
                .addValue("limit", Math.min(limit, 200));
        return jdbc.query(sql.toString(), params, ROW_MAPPER);
    }

    public int markPaid(long customerId, long invoiceId) {
        var params = new MapSqlParameterSource()
                .addValue("customerId", customerId)
                .addValue("id", invoiceId);
        return jdbc.update(
                "UPDATE invoices SET status = 'PAID', paid_at = now()"
                        + " WHERE customer_id = :customerId AND id = :id AND status = 'OPEN'",
                params);
    }

    private static Invoice mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Invoice(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("reference"),
                InvoiceStatus.valueOf(rs.getString("status")),
                rs.getObject("total", BigDecimal.class),
                rs.getString("currency"),
                rs.getObject("due_date", LocalDate.class));
    }
}
