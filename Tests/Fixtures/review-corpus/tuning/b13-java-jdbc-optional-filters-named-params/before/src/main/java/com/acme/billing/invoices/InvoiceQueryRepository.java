package com.acme.billing.invoices;

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
        String sql = "SELECT id, customer_id, status, total_cents, issued_at FROM invoices "
                + "WHERE customer_id = :customerId ORDER BY issued_at DESC";
        return jdbc.query(sql, new MapSqlParameterSource("customerId", customerId), mapper);
    }
}