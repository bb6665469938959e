package com.northwind.orders.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.northwind.orders.model.OrderSummary;

@RestController
@RequestMapping("/api/customers/{customerId}/orders")
public class CustomerOrdersController {

    private static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;

    public CustomerOrdersController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @PreAuthorize("@customerAccess.canRead(authentication, #customerId)")
    public ResponseEntity<List<OrderSummary>> list(
            @PathVariable long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "status", required = false) List<String> statuses,
            @RequestParam(defaultValue = "50") int limit) {

        StringBuilder sql = new StringBuilder(
                "SELECT o.id, o.number, o.status, o.total_cents, o.created_at "
                        + "FROM orders o WHERE o.customer_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(customerId);

        if (from != null) {
            sql.append(" AND o.created_at >= ?");
            args.add(from.atStartOfDay());
        }
        if (to != null) {
            sql.append(" AND o.created_at < ?");
            args.add(to.plusDays(1).atStartOfDay());
        }
        if (statuses != null && !statuses.isEmpty()) {
            String inList = String.join("','", statuses);
            sql.append(" AND o.status IN ('")
               .append(inList.toUpperCase())
               .append("')");
        }

        sql.append(" ORDER BY o.created_at DESC LIMIT ?");
        args.add(Math.min(Math.max(limit, 1), MAX_PAGE_SIZE));

        List<OrderSummary> rows = jdbc.query(sql.toString(), (rs, i) -> new OrderSummary(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("status"),
                rs.getLong("total_cents"),
                rs.getTimestamp("created_at").toInstant()), args.toArray());

        return ResponseEntity.ok(rows);
    }
}
