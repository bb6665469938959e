package com.shopline.orders.repo;

import com.shopline.orders.model.OrderSummary;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class OrderHistoryRepository {

    private static final String BASE_QUERY = """
            SELECT o.id, o.number, o.status, o.total_cents, o.currency, o.created_at
            FROM orders o
            WHERE o.customer_id = ?
            """;

    private static final RowMapper<OrderSummary> MAPPER = (rs, i) -> new OrderSummary(
            rs.getLong("id"),
            rs.getString("number"),
            rs.getString("status"),
            rs.getLong("total_cents"),
            rs.getString("currency"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    public OrderHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderSummary> findForCustomer(long customerId, int limit) {
        String sql = BASE_QUERY + " ORDER BY o.created_at DESC LIMIT ?";
        return jdbc.query(sql, MAPPER, customerId, Math.min(limit, 100));
    }
}
