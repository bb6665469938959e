package com.acme.billing.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceReportRepository {

    private static final String OVERDUE_SQL = """
            SELECT i.id, i.number, c.name AS customer, i.total_cents, i.due_date
              FROM invoices i
              JOIN customers c ON c.id = i.customer_id
             WHERE i.status = :status
               AND i.due_date < :before
               AND (:customer IS NULL OR c.name ILIKE :customer)
             ORDER BY i.due_date
             LIMIT :limit
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceReportRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<InvoiceRow> overdue(String status, LocalDate before, String customer, int limit) {
        var params = new MapSqlParameterSource()
                .addValue("status", status)
                .addValue("before", before)
                .addValue("customer", customer == null ? null : "%" + customer + "%")
                .addValue("limit", Math.min(limit, 500));
        return jdbc.query(OVERDUE_SQL, params, (rs, i) -> new InvoiceRow(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("customer"),
                rs.getLong("total_cents"),
                rs.getObject("due_date", LocalDate.class)));
    }
}