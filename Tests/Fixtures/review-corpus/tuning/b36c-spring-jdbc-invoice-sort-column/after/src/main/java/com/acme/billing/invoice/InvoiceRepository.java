package com.acme.billing.invoice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {

    private static final String BASE_SELECT = """
            SELECT i.id, i.number, i.customer_id, c.name AS customer_name,
                   i.issued_at, i.due_at, i.total, i.currency, i.status
              FROM invoice i
              JOIN customer c ON c.id = i.customer_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Invoice> findById(long tenantId, long id) {
        var params = new MapSqlParameterSource()
                .addValue("tenantId", tenantId)
                .addValue("id", id);
        List<Invoice> rows = jdbc.query(
                BASE_SELECT + " WHERE i.tenant_id = :tenantId AND i.id = :id",
                params, INVOICE_ROW);
        return rows.stream().findFirst();
    }

    public List<Invoice> search(long tenantId, InvoiceFilter filter) {
        var sql = new StringBuilder(BASE_SELECT).append(" WHERE i.tenant_id = :tenantId");
        var params = new MapSqlParameterSource("tenantId", tenantId);

        if (filter.status() != null) {
            sql.append(" AND i.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.customerName() != null && !filter.customerName().isBlank()) {
            sql.append(" AND LOWER(c.name) LIKE :customerName");
            params.addValue("customerName", "%" + filter.customerName().toLowerCase() + "%");
        }
        if (filter.issuedFrom() != null) {
            sql.append(" AND i.issued_at >= :issuedFrom");
            params.addValue("issuedFrom", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            sql.append(" AND i.issued_at < :issuedTo");
            params.addValue("issuedTo", filter.issuedTo().plusDays(1));
        }

        sql.append(orderBy(filter.sort(), filter.direction()));
        sql.append(" LIMIT :limit OFFSET :offset");
        params.addValue("limit", filter.pageSize());
        params.addValue("offset", (long) filter.page() * filter.pageSize());

        return jdbc.query(sql.toString(), params, INVOICE_ROW);
    }

    public BigDecimal outstandingTotal(long tenantId, long customerId) {
        var params = new MapSqlParameterSource()
                .addValue("tenantId", tenantId)
                .addValue("customerId", customerId);
        BigDecimal total = jdbc.queryForObject("""
                SELECT COALESCE(SUM(total), 0) FROM invoice
                 WHERE tenant_id = :tenantId AND customer_id = :customerId AND status IN ('OPEN', 'OVERDUE')
                """, params, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    /**
     * sort / direction are what the invoice grid sends as ?sort=&dir= (column header click).
     * Empty sort keeps the previous default of newest first.
     */
    private static String orderBy(String sort, String direction) {
        String column = (sort == null || sort.isBlank()) ? "i.issued_at" : sort.trim();
        String dir = "asc".equalsIgnoreCase(direction) ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + dir + ", i.id " + dir;
    }

    private static final RowMapper<Invoice> INVOICE_ROW = (ResultSet rs, int rowNum) -> mapInvoice(rs);

    private static Invoice mapInvoice(ResultSet rs) throws SQLException {
        return new Invoice(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("customer_id"),
                rs.getString("customer_name"),
                rs.getDate("issued_at").toLocalDate(),
                rs.getDate("due_at").toLocalDate(),
                rs.getBigDecimal("total"),
                rs.getString("currency"),
                InvoiceStatus.valueOf(rs.getString("status")));
    }
}
