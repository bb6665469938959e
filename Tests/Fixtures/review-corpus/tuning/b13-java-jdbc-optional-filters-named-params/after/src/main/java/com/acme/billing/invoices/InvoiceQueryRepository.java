package com.acme.billing.invoices;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceQueryRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final InvoiceRowMapper mapper = new InvoiceRowMapper();

    public InvoiceQueryRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Invoice> findForCustomer(long customerId) {
        return search(customerId, new InvoiceFilter(null, null, null));
    }

    public List<Invoice> search(long customerId, InvoiceFilter filter) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, customer_id, status, total_cents, issued_at FROM invoices WHERE customer_id = :customerId");
        MapSqlParameterSource params = new MapSqlParameterSource("customerId", customerId);
        List<String> clauses = new ArrayList<>();

        if (filter.status() != null) {
            clauses.add("status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.issuedAfter() != null) {
            clauses.add("issued_at >= :issuedAfter");
            params.addValue("issuedAfter", filter.issuedAfter());
        }
        if (filter.minTotalCents() != null) {
            clauses.add("total_cents >= :minTotal");
            params.addValue("minTotal", filter.minTotalCents());
        }
        for (String clause : clauses) {
            sql.append(" AND ").append(clause);
        }
        sql.append(" ORDER BY issued_at DESC LIMIT 500");
        return jdbc.query(sql.toString(), params, mapper);
    }
}