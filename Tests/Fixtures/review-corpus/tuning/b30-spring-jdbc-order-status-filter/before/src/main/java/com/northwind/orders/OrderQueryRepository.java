package com.northwind.orders;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class OrderQueryRepository {

    private static final int MAX_PAGE_SIZE = 200;

    private static final RowMapper<OrderSummary> SUMMARY_MAPPER = (ResultSet rs, int rowNum) -> new OrderSummary(
            rs.getLong("id"),
            rs.getString("reference"),
            rs.getString("customer_email"),
            rs.getString("status"),
            rs.getBigDecimal("total"),
            rs.getDate("placed_on").toLocalDate());

    private final JdbcTemplate jdbc;

    public OrderQueryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lists orders for one tenant, optionally narrowed by customer email and placement date.
     */
    public List<OrderSummary> search(long tenantId, String customerEmail,
                                     LocalDate from, LocalDate to, int page, int size) {
        StringBuilder sql = new StringBuilder(
                "SELECT o.id, o.reference, o.customer_email, o.status, o.total, o.placed_on "
                        + "FROM orders o WHERE o.tenant_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(tenantId);

        if (customerEmail != null && !customerEmail.isBlank()) {
            sql.append(" AND lower(o.customer_email) = lower(?)");
            args.add(customerEmail.trim());
        }
        if (from != null) {
            sql.append(" AND o.placed_on >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND o.placed_on < ?");
            args.add(Date.valueOf(to.plusDays(1)));
        }

        int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        sql.append(" ORDER BY o.placed_on DESC, o.id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(Math.max(page, 0) * limit);

        return jdbc.query(sql.toString(), SUMMARY_MAPPER, args.toArray());
    }

    public long countOpen(long tenantId) {
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM orders WHERE tenant_id = ? AND status IN ('PLACED', 'PACKED')",
                Long.class, tenantId);
        return n == null ? 0 : n;
    }

    public int markShipped(long tenantId, long orderId, String carrierRef) {
        return jdbc.update("UPDATE orders SET status = 'SHIPPED', carrier_ref = ?, shipped_at = now() "
                + "WHERE tenant_id = ? AND id = ? AND status = 'PACKED'", carrierRef, tenantId, orderId);
    }
}