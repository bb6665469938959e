package com.fieldnote.inventory.persistence;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fieldnote.inventory.model.StockLevel;

@Repository
public class StockLevelDao {

    /** API sort keys mapped to columns; anything else falls back to SKU order. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "sku", "s.sku",
            "qty", "s.quantity",
            "updated", "s.updated_at",
            "warehouse", "w.code");

    private static final String SELECT =
            "SELECT s.sku, s.quantity, s.updated_at, w.code AS warehouse "
                    + "FROM stock_levels s JOIN warehouses w ON w.id = s.warehouse_id ";

    private final NamedParameterJdbcTemplate jdbc;

    public StockLevelDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StockLevel> byWarehouse(String warehouseCode, String sort, boolean descending) {
        String sql = SELECT + "WHERE w.code = :code" + orderBy(sort, descending);
        return jdbc.query(sql, new MapSqlParameterSource("code", warehouseCode), StockLevel.ROW_MAPPER);
    }

    private static String orderBy(String sort, boolean descending) {
        String column = SORT_COLUMNS.getOrDefault(sort, "s.sku");
        return " ORDER BY " + column + (descending ? " DESC" : " ASC");
    }
}
