package com.acme.orders.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderSearchController {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "placed", "o.placed_at",
            "total", "o.total_cents",
            "customer", "c.last_name");

    private static final String BASE_QUERY = """
            SELECT o.id, o.reference, o.status, o.total_cents, o.placed_at,
                   c.first_name, c.last_name
              FROM orders o
              JOIN customers c ON c.id = o.customer_id
             WHERE o.placed_at BETWEEN :from AND :to
               AND (:status IS NULL OR o.status = :status)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public OrderSearchController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('orders:read')")
    public List<OrderSummary> search(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "placed") String sort,
            @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "50") int limit) {

        String column = SORT_COLUMNS.getOrDefault(sort, "o.placed_at");
        int pageSize = Math.max(1, Math.min(limit, 500));

        String sql = BASE_QUERY + " ORDER BY " + column + " " + dir.toUpperCase() + " LIMIT :limit";

        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", from.atStartOfDay())
                .addValue("to", to.plusDays(1).atStartOfDay())
                .addValue("status", status)
                .addValue("limit", pageSize);

        return jdbc.query(sql, params, (rs, i) -> new OrderSummary(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("status"),
                rs.getLong("total_cents"),
                rs.getTimestamp("placed_at").toInstant(),
                rs.getString("first_name") + " " + rs.getString("last_name")));
    }

    public record OrderSummary(
            long id,
            String reference,
            String status,
            long totalCents,
            java.time.Instant placedAt,
            String customerName) {
    }
}