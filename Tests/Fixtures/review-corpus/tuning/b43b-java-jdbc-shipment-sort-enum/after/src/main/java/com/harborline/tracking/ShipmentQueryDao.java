package com.harborline.tracking;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentQueryDao {

    /** Bound from ?sort=ETA etc.; an unknown value fails conversion with a 400 before we get here. */
    public enum ShipmentSort {
        UPDATED("s.updated_at DESC"),
        ETA("s.eta ASC NULLS LAST"),
        TRACKING_NO("s.tracking_no ASC");

        final String orderBy;

        ShipmentSort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private static final String BASE_SQL = """
            SELECT s.id, s.tracking_no, s.carrier, s.status, s.eta, s.updated_at
              FROM shipment s
             WHERE s.account_id = :accountId
               AND (:carrier IS NULL OR s.carrier = :carrier)
               AND (:status IS NULL OR s.status = :status)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ShipmentRowMapper mapper = new ShipmentRowMapper();

    public ShipmentQueryDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ShipmentView> find(long accountId, String carrier, String status, ShipmentSort sort, int limit) {
        var params = new MapSqlParameterSource()
                .addValue("accountId", accountId)
                .addValue("carrier", carrier)
                .addValue("status", status)
                .addValue("limit", Math.min(Math.max(limit, 1), 200));
        var order = (sort == null ? ShipmentSort.UPDATED : sort).orderBy;
        return jdbc.query(BASE_SQL + " ORDER BY " + order + " LIMIT :limit", params, mapper);
    }
}
