package com.shopline.orders.repo;

import com.shopline.orders.model.OrderSummary;
import java.util.List;
import java.util.Map;
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

    /** Sort keys the UI may send, mapped to the SQL they stand for. Anything else is ignored. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "date", "o.created_at",
            "total", "o.total_cents",
            "status", "o.status",
            "number", "o.number");

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
        return findForCustomer(customerId, limit, "date", "desc");
    }

    public List<OrderSummary> findForCustomer(long customerId, int limit, String sort, String direction) {
        String sql = BASE_QUERY + " ORDER BY " + orderBy(sort, direction) + " LIMIT ?";
        return jdbc.query(sql, MAPPER, customerId, Math.min(limit, 100));
    }

    private static String orderBy(String sort, String direction) {
        String column = sort == null ? "o.created_at" : SORT_COLUMNS.getOrDefault(sort, "o.created_at");
        String dir = "asc".equalsIgnoreCase(direction) ? "ASC" : "DESC";
        return column + " " + dir + ", o.id " + dir;
    }
}
