package com.ledgerly.billing.web;

import java.time.LocalDate;
import java.util.List;

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
                                   @RequestParam(defaultValue = "50") int limit) {
        var params = new MapSqlParameterSource()
                .addValue("tenantId", user.tenantId())
                .addValue("from", from)
                .addValue("to", to)
                .addValue("limit", Math.min(limit, 200));

        return jdbc.query(BASE_QUERY + " ORDER BY issued_at DESC LIMIT :limit", params, InvoiceRow.MAPPER);
    }
}
