package com.orbitfreight.shipments;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentRepository {

    private static final Set<String> SORTABLE = Set.of("created_at", "eta", "carrier", "status");

    private final JdbcTemplate jdbc;
    private final ShipmentRowMapper mapper = new ShipmentRowMapper();

    public ShipmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String orderClause(String sort, String direction) {
        String column = SORTABLE.contains(sort) ? sort : "created_at";
        String dir = direction == null || direction.isBlank() ? "DESC" : direction.toUpperCase(Locale.ROOT);
        return " ORDER BY " + column + " " + dir;
    }

    public List<Shipment> listForAccount(long accountId, String sort, String direction, int limit) {
        String sql = "SELECT id, reference, carrier, status, eta, created_at FROM shipments"
                + " WHERE account_id = ?" + orderClause(sort, direction) + " LIMIT ?";
        return jdbc.query(sql, mapper, accountId, Math.min(limit, 500));
    }

    public int countOpen(long accountId) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM shipments WHERE account_id = ? AND status <> 'DELIVERED'",
                Integer.class, accountId);
        return n == null ? 0 : n;
    }
}
