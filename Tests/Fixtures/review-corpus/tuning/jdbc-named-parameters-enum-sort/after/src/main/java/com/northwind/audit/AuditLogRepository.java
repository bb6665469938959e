package com.northwind.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AuditLogRepository {

    public enum SortField {
        CREATED("created_at"), ACTOR("actor"), ACTION("action");

        private final String column;
        SortField(String column) { this.column = column; }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public AuditLogRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> search(String actor, String action, Instant since,
                                            SortField sort, int limit) {
        StringBuilder sql = new StringBuilder(
            "SELECT id, actor, action, target, created_at FROM audit_log WHERE 1=1");
        MapSqlParameterSource params = new MapSqlParameterSource();

        if (actor != null && !actor.isBlank()) {
            sql.append(" AND actor = :actor");
            params.addValue("actor", actor.trim());
        }
        if (action != null && !action.isBlank()) {
            sql.append(" AND action LIKE :action");
            params.addValue("action", action.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (since != null) {
            sql.append(" AND created_at >= :since");
            params.addValue("since", java.sql.Timestamp.from(since));
        }
        sql.append(" ORDER BY ").append(sort.column).append(" DESC LIMIT :limit");
        params.addValue("limit", Math.min(Math.max(limit, 1), 500));

        return jdbc.queryForList(sql.toString(), params);
    }
}