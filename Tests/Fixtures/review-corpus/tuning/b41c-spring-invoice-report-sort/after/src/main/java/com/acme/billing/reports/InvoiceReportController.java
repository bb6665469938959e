package com.acme.billing.reports;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.acme.billing.tenancy.TenantContext;

@RestController
@RequestMapping("/api/reports/invoices")
public class InvoiceReportController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceReportController.class);

    private static final String BASE_QUERY = """
            SELECT i.id, i.number, c.name AS customer_name, i.total_cents, i.status, i.issued_on
              FROM invoices i
              JOIN customers c ON c.id = i.customer_id
             WHERE i.tenant_id = :tenantId
               AND i.issued_on BETWEEN :from AND :to
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TenantContext tenants;

    public InvoiceReportController(NamedParameterJdbcTemplate jdbc, TenantContext tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    @GetMapping
    public List<InvoiceRow> list(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "issued_on") String sortBy,
            @RequestParam(defaultValue = "desc") String direction) {
        var params = new MapSqlParameterSource()
                .addValue("tenantId", tenants.currentTenantId())
                .addValue("from", from)
                .addValue("to", to);
        log.debug("invoice report for tenant {} from {} to {} sorted by {} {}",
                tenants.currentTenantId(), from, to, sortBy, direction);
        return jdbc.query(BASE_QUERY + orderBy(sortBy, direction), params,
                new DataClassRowMapper<>(InvoiceRow.class));
    }

    /**
     * The grid in the billing UI sends the column key it is sorted on; keys match the
     * snake_case column names. Ties are broken on id so paging stays stable.
     */
    private static String orderBy(String sortBy, String direction) {
        String dir = "asc".equalsIgnoreCase(direction) ? "ASC" : "DESC";
        // customer_name comes from the joined table, everything else lives on invoices
        String column = "customer_name".equals(sortBy) ? "c.name" : "i." + sortBy;
        return " ORDER BY " + column + " " + dir + ", i.id " + dir;
    }

    public record InvoiceRow(long id, String number, String customerName, long totalCents,
                             String status, LocalDate issuedOn) {
    }
}
