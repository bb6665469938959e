package com.northwind.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuditLogController {
    private static final String BASE =
        "SELECT id, actor, action, target, created_at FROM audit_log";

    private final JdbcTemplate jdbc;

    public AuditLogController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/audit")
    public List<Map<String, Object>> search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @RequestParam(defaultValue = "100") int limit) {
        String where = buildWhere(actor, action, since);
        String sql = String.format("%s %s ORDER BY created_at DESC LIMIT %d", BASE, where, Math.min(limit, 500));
        return jdbc.queryForList(sql);
    }

    private String buildWhere(String actor, String action, Instant since) {
        StringBuilder sb = new StringBuilder("WHERE 1=1");
        if (actor != null && !actor.isBlank()) {
            sb.append(" AND actor = '").append(actor.trim()).append("'");
        }
        if (action != null && !action.isBlank()) {
            sb.append(" AND action LIKE '").append(action).append("%'");
        }
        if (since != null) {
            sb.append(" AND created_at >= '").append(since).append("'");
        }
        return sb.toString();
    }
}