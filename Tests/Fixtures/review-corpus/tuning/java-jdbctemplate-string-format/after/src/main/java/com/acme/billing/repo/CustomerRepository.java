package com.acme.billing.repo;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import com.acme.billing.model.Customer;

@Repository
public class CustomerRepository {

    private static final RowMapper<Customer> MAPPER = (rs, i) -> new Customer(
            rs.getLong("id"),
            rs.getString("email"),
            rs.getString("name"),
            rs.getString("plan"));

    private final JdbcTemplate jdbc;

    public CustomerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Customer> findById(long id) {
        List<Customer> rows = jdbc.query(
                "SELECT id, email, name, plan FROM customers WHERE id = ?", MAPPER, id);
        return rows.stream().findFirst();
    }

    public List<Customer> findByPlan(String plan) {
        return jdbc.query(
                "SELECT id, email, name, plan FROM customers WHERE plan = ? ORDER BY name", MAPPER, plan);
    }

    public Optional<Customer> findByEmail(String email) {
        String sql = String.format(
                "SELECT id, email, name, plan FROM customers WHERE lower(email) = lower('%s')", email);
        List<Customer> rows = jdbc.query(sql, MAPPER);
        return rows.stream().findFirst();
    }
}
