package com.harbourline.inventory.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.harbourline.inventory.model.StockLevel;

public class StockLevelRepository {

    private static final int MAX_BATCH = 500;

    private final DataSource dataSource;

    public StockLevelRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StockLevel> findBySku(String warehouseCode, String sku) throws SQLException {
        String sql = "SELECT sku, warehouse_code, on_hand, reserved, updated_at "
                + "FROM stock_levels WHERE warehouse_code = ? AND sku = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, warehouseCode);
            ps.setString(2, sku);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Loads stock for many SKUs in one round trip. The IN list is made of
     * one "?" per SKU; the SKU values themselves are bound, never concatenated.
     */
    public List<StockLevel> findBySkus(String warehouseCode, Collection<String> skus) throws SQLException {
        if (skus.isEmpty()) {
            return List.of();
        }
        if (skus.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " SKUs per lookup");
        }
        String placeholders = String.join(",", Collections.nCopies(skus.size(), "?"));
        String sql = "SELECT sku, warehouse_code, on_hand, reserved, updated_at "
                + "FROM stock_levels WHERE warehouse_code = ? AND sku IN (" + placeholders + ") "
                + "ORDER BY sku";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, warehouseCode);
            for (String sku : skus) {
                ps.setString(i++, sku);
            }
            List<StockLevel> out = new ArrayList<>(skus.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    public int reserve(String warehouseCode, String sku, int quantity) throws SQLException {
        String sql = "UPDATE stock_levels SET reserved = reserved + ?, updated_at = now() "
                + "WHERE warehouse_code = ? AND sku = ? AND on_hand - reserved >= ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, quantity);
            ps.setString(2, warehouseCode);
            ps.setString(3, sku);
            ps.setInt(4, quantity);
            return ps.executeUpdate();
        }
    }

    private static StockLevel map(ResultSet rs) throws SQLException {
        return new StockLevel(
                rs.getString("sku"),
                rs.getString("warehouse_code"),
                rs.getInt("on_hand"),
                rs.getInt("reserved"),
                rs.getTimestamp("updated_at").toInstant());
    }
}