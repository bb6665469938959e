package com.meridianhr.reporting.repo;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

@Repository
public class HeadcountRepository {

    private static final String BASE_SQL = """
            SELECT d.name AS bucket, COUNT(e.id) AS headcount
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

    public List<HeadcountRow> byDepartment(long companyId, LocalDate asOf) {
        var params = new MapSqlParameterSource()
                .addValue("companyId", companyId)
                .addValue("asOf", asOf);
        return jdbc.query(BASE_SQL + " GROUP BY d.name ORDER BY d.name", params,
                (rs, i) -> new HeadcountRow(rs.getString("bucket"), rs.getLong("headcount")));
    }
}
