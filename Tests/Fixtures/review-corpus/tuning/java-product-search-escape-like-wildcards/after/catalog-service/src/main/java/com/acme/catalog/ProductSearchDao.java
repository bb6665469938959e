package com.acme.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class ProductSearchDao {
    private final DataSource dataSource;

    public ProductSearchDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Product> searchByName(String term, int limit) throws SQLException {
        String sql = "SELECT id, name, price_cents FROM products WHERE name ILIKE ? ESCAPE '\\' ORDER BY name LIMIT ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "%" + escapeLike(term) + "%");
            ps.setInt(2, limit);
            List<Product> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Product(rs.getLong("id"), rs.getString("name"), rs.getLong("price_cents")));
                }
            }
            return out;
        }
    }

    /** Make user input match literally: escape the LIKE metacharacters. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
