package com.shipwell.orders.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderQueryRepository {

    private static final Logger log = LoggerFactory.getLogger(OrderQueryRepository.class);

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "created", "o.created_at",
            "promised", "o.promised_at",
            "reference", "o.reference",
            "customer", "c.name");

    private final JdbcTemplate jdbc;

    public OrderQueryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderSummary> findForWarehouse(UUID warehouseId, Set<OrderStatus> statuses,
                                               String sortKey, boolean descending,
                                               int limit, int offset) {
        String column = SORT_COLUMNS.getOrDefault(sortKey, "o.created_at");
        String direction = descending ? "DESC" : "ASC";

        List<Object> args = new ArrayList<>();
        args.add(warehouseId);

        StringBuilder sql = new StringBuilder("""
                SELECT o.id, o.reference, o.status, o.created_at, o.promised_at, c.name AS customer
                  FROM orders o
                  JOIN customers c ON c.id = o.customer_id
                 WHERE o.warehouse_id = ?
                """);
        if (!statuses.isEmpty()) {
            sql.append("   AND o.status IN (")
               .append(String.join(", ", Collections.nCopies(statuses.size(), "?")))
               .append(")\n");
            statuses.forEach(s -> args.add(s.name()));
        }
        sql.append(" ORDER BY ").append(column).append(' ').append(direction).append(", o.id\n")
           .append(" LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);

        log.debug("orders for warehouse {} statuses={} sort={} {}", warehouseId, statuses, column, direction);
        return jdbc.query(sql.toString(), OrderSummary.ROW_MAPPER, args.toArray());
    }
}
