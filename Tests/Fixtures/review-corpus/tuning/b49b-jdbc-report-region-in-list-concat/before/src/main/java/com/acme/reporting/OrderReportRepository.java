package com.acme.reporting;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderReportRepository {

    private static final String BASE_QUERY = """
            SELECT o.region, o.status, count(*) AS orders, sum(o.total_cents) AS revenue_cents
            FROM orders o
            WHERE o.tenant_id = :tenantId
              AND o.placed_at BETWEEN :from AND :to
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public OrderReportRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionSummary> summarize(long tenantId, ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("tenantId", tenantId)
                .addValue("from", filter.from())
                .addValue("to", filter.to());
        StringBuilder sql = new StringBuilder(BASE_QUERY);
        if (filter.status() != null) {
            sql.append(" AND o.status = :status");
            params.addValue("status", filter.status());
        }
        sql.append(" GROUP BY o.region, o.status ORDER BY revenue_cents DESC");
        return jdbc.query(sql.toString(), params, (rs, i) -> new RegionSummary(
                rs.getString("region"),
                rs.getString("status"),
                rs.getLong("orders"),
                rs.getLong("revenue_cents")));
    }
}
