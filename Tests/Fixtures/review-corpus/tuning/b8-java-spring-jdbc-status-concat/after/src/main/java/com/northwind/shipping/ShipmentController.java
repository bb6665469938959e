package com.northwind.shipping;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShipmentController {

    private final JdbcTemplate jdbc;

    private static final RowMapper<Shipment> MAPPER = (rs, i) -> new Shipment(
            rs.getLong("id"), rs.getString("carrier"), rs.getString("status"));

    public ShipmentController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/shipments")
    public List<Shipment> list(@RequestParam(defaultValue = "IN_TRANSIT") String status) {
        return jdbc.query("select id, carrier, status from shipment where status = '" + status
                + "' order by id desc limit 200", MAPPER);
    }
}