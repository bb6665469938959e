package com.harbor.tickets.repo;

import com.harbor.tickets.domain.TicketSummary;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class TicketSearchRepository {

    private static final String BASE =
            "SELECT t.id, t.subject, t.status, t.priority, t.updated_at FROM tickets t WHERE t.org_id = :orgId";

    private final NamedParameterJdbcTemplate jdbc;

    public TicketSearchRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TicketSummary> search(long orgId, TicketFilter filter) {
        StringBuilder sql = new StringBuilder(BASE);
        MapSqlParameterSource params = new MapSqlParameterSource("orgId", orgId);
        if (filter.status() != null) {
            sql.append(" AND t.status = :status");
            params.addValue("status", filter.status().name());
        }
        sql.append(" ORDER BY t.updated_at DESC LIMIT 100");
        return jdbc.query(sql.toString(), params, TicketSummary.ROW_MAPPER);
    }
}
