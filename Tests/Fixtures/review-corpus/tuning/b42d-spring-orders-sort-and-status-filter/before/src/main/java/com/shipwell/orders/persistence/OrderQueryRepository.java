package com.shipwell.orders.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderQueryRepository {

    private final JdbcTemplate jdbc;

    public OrderQueryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderSummary> findForWarehouse(UUID warehouseId, int limit, int offset) {
        return jdbc.query("""
                SELECT o.id, o.reference, o.status, o.created_at, o.promised_at, c.name AS customer
                  FROM orders o
                  JOIN customers c ON c.id = o.customer_id
                 WHERE o.warehouse_id = ?
                 ORDER BY o.created_at DESC
                 LIMIT ? OFFSET ?
                """,
                OrderSummary.ROW_MAPPER,
                warehouseId, limit, offset);
    }
}
