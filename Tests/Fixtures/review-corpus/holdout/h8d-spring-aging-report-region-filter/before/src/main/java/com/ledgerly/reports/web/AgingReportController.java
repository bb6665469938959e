package com.ledgerly.reports.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ledgerly.reports.security.CurrentTenant;

@RestController
@RequestMapping("/api/reports/aging")
public class AgingReportController {

    private final JdbcTemplate jdbc;
    private final CurrentTenant currentTenant;

    public AgingReportController(JdbcTemplate jdbc, CurrentTenant currentTenant) {
        this.jdbc = jdbc;
        this.currentTenant = currentTenant;
    }

    @GetMapping
    public List<Map<String, Object>> aging(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String sql = "SELECT c.name AS customer, i.number, i.total_cents, i.due_on, "
                + "(CAST(? AS date) - i.due_on) AS days_overdue "
                + "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                + "WHERE i.tenant_id = ? AND i.paid_on IS NULL "
                + "ORDER BY days_overdue DESC";
        return jdbc.queryForList(sql, asOf, currentTenant.id());
    }
}
