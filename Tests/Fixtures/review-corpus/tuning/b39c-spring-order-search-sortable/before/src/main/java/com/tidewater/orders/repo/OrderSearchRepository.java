package com.tidewater.orders.repo;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.tidewater.orders.api.OrderSummary;

@Repository
public class OrderSearchRepository {

    private static final String BASE_SQL = """
            SELECT o.id, o.reference, o.status, o.total_cents, o.created_at, c.name AS customer_name
              FROM orders o
              JOIN customers c ON c.id = o.customer_id
             WHERE o.tenant_id = :tenantId
               AND (:status IS NULL OR o.status = :status)
               AND (:q IS NULL OR c.name ILIKE '%' || :q || '%')
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public OrderSearchRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderSummary> search(long tenantId, String status, String q, int limit, int offset) {
        String sql = BASE_SQL + " ORDER BY o.created_at DESC LIMIT :limit OFFSET :offset";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("tenantId", tenantId)
                .addValue("status", status)
                .addValue("q", q)
                .addValue("limit", Math.min(limit, 200))
                .addValue("offset", Math.max(offset, 0));
        return jdbc.query(sql, params, (rs, i) -> new OrderSummary(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("status"),
                rs.getLong("total_cents"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("customer_name")));
    }
}
