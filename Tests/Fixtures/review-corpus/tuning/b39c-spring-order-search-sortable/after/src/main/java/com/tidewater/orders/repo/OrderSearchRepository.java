package com.tidewater.orders.repo;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.tidewater.orders.api.OrderSummary;
import com.tidewater.orders.api.SortDirection;

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

    /** API sort keys -> SQL columns. Anything else sorts by creation time. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "created", "o.created_at",
            "total", "o.total_cents",
            "reference", "o.reference",
            "customer", "c.name");

    private final NamedParameterJdbcTemplate jdbc;

    public OrderSearchRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String orderBy(String sortKey, SortDirection dir) {
        String column = SORT_COLUMNS.getOrDefault(sortKey, "o.created_at");
        return " ORDER BY " + column + (dir == SortDirection.ASC ? " ASC" : " DESC") + ", o.id DESC";
    }

    public List<OrderSummary> search(long tenantId, String status, String q, String sort, SortDirection dir,
                                     int limit, int offset) {
        String sql = BASE_SQL + orderBy(sort, dir) + " LIMIT :limit OFFSET :offset";
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
