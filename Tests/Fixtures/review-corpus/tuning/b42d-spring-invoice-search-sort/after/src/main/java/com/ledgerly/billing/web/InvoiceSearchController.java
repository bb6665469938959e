package com.ledgerly.billing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ledgerly.billing.security.TenantUser;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceSearchController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceSearchController.class);

    private static final String BASE_QUERY = """
            SELECT id, number, customer_name, total_cents, currency, status, issued_at
              FROM invoices
             WHERE tenant_id = :tenantId
               AND issued_at BETWEEN :from AND :to
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public InvoiceSearchController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/search")
    public List<InvoiceRow> search(@AuthenticationPrincipal TenantUser user,
                                   @RequestParam LocalDate from,
                                   @RequestParam LocalDate to,
                                   @RequestParam(defaultValue = "issued_at") String sort,
                                   @RequestParam(defaultValue = "desc") String direction,
                                   @RequestParam(defaultValue = "50") int limit) {
        var params = new MapSqlParameterSource()
                .addValue("tenantId", user.tenantId())
                .addValue("from", from)
                .addValue("to", to)
                .addValue("limit", Math.min(limit, 200));

        String sql = BASE_QUERY + orderBy(sort, direction) + " LIMIT :limit";
        log.debug("invoice search tenant={} sort={} {}", user.tenantId(), sort, direction);
        return jdbc.query(sql, params, InvoiceRow.MAPPER);
    }

    // The grid sends the column key it is sorted on; the id tiebreaker keeps paging stable.
    private static String orderBy(String column, String direction) {
        String dir = "asc".equalsIgnoreCase(direction) ? "ASC" : "DESC";
        return " ORDER BY " + column.trim().toLowerCase(Locale.ROOT) + " " + dir + ", id " + dir;
    }
}
