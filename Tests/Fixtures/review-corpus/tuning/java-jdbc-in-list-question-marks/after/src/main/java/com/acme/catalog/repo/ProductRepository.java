package com.acme.catalog.repo;

import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

public class ProductRepository {
    private final JdbcTemplate jdbc;

    public ProductRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Product> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        String sql = "SELECT id, sku, title, price_cents FROM products WHERE id IN (" + placeholders + ")";
        return jdbc.query(sql, (rs, i) -> new Product(
                rs.getLong("id"), rs.getString("sku"), rs.getString("title"), rs.getLong("price_cents")),
            ids.toArray());
    }
}