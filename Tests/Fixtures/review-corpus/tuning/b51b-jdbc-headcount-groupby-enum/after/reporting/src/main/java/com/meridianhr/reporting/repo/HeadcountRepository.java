package com.meridianhr.reporting.repo;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

@Repository
public class HeadcountRepository {

    public enum GroupBy {
        DEPARTMENT("d.name"),
        LOCATION("e.location_code"),
        EMPLOYMENT_TYPE("e.employment_type");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }
    }

    private static final String BASE_SQL = """
            SELECT %1$s AS bucket, COUNT(e.id) AS headcount
            FROM employees e
            JOIN departments d ON d.id = e.department_id
            WHERE e.company_id = :companyId
              AND e.hired_on <= :asOf
              AND (e.terminated_on IS NULL OR e.terminated_on > :asOf)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public HeadcountRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<HeadcountRow> headcount(long companyId, LocalDate asOf, GroupBy groupBy, List<String> locations) {
        var params = new MapSqlParameterSource()
                .addValue("companyId", companyId)
                .addValue("asOf", asOf);
        var sql = new StringBuilder(BASE_SQL.formatted(groupBy.column));
        if (locations != null && !locations.isEmpty()) {
            sql.append(" AND e.location_code IN (:locations)");
            params.addValue("locations", locations);
        }
        sql.append(" GROUP BY ").append(groupBy.column).append(" ORDER BY 1");
        return jdbc.query(sql.toString(), params,
                (rs, i) -> new HeadcountRow(rs.getString("bucket"), rs.getLong("headcount")));
    }
}
