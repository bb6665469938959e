package com.acme.crm.customer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;

@Repository
public class CustomerQueryRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "c.last_name, c.first_name",
            "created", "c.created_at",
            "revenue", "c.lifetime_revenue");

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomerRowMapper rowMapper = new CustomerRowMapper();

    public CustomerQueryRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CustomerSummary> search(String term, String region, String sort, boolean descending, int page) {
        String orderBy = SORT_COLUMNS.getOrDefault(sort, "c.created_at");
        String direction = descending ? "DESC" : "ASC";

        String sql = """
                SELECT c.id, c.first_name, c.last_name, c.email, c.region, c.lifetime_revenue
                FROM customers c
                WHERE (c.email ILIKE :term OR c.last_name ILIKE :term)
                  AND (:region IS NULL OR c.region = :region)
                ORDER BY %s %s
                LIMIT 50 OFFSET :offset
                """.formatted(orderBy, direction);

        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("term", "%" + term + "%")
                .addValue("region", region)
                .addValue("offset", Math.max(page, 0) * 50);

        return jdbc.query(sql, params, rowMapper);
    }
}
