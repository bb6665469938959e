package com.acme.billing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.acme.billing.security.TenantUser;

@RestController
@RequestMapping("/api/reports/invoices")
public class InvoiceReportController {

    private static final String BASE_QUERY = """
            SELECT i.id, i.number, c.display_name AS customer, i.status, i.total, i.issued_on
              FROM invoices i
              JOIN customers c ON c.id = i.customer_id
             WHERE i.tenant_id = ?
               AND i.issued_on BETWEEN ? AND ?
            """;

    private final JdbcTemplate jdbc;

    public InvoiceReportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record InvoiceRow(long id, String number, String customer, String status,
                             BigDecimal total, LocalDate issuedOn) {
    }

    @GetMapping
    public List<InvoiceRow> list(@AuthenticationPrincipal TenantUser user,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        String sql = BASE_QUERY + " ORDER BY i.issued_on DESC LIMIT 500";
        return jdbc.query(sql,
                (rs, n) -> new InvoiceRow(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("customer"),
                        rs.getString("status"),
                        rs.getBigDecimal("total"),
                        rs.getObject("issued_on", LocalDate.class)),
                user.tenantId(), from, to);
    }

    @GetMapping("/totals")
    public BigDecimal total(@AuthenticationPrincipal TenantUser user,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        BigDecimal sum = jdbc.queryForObject(
                "SELECT COALESCE(SUM(total), 0) FROM invoices WHERE tenant_id = ? AND issued_on BETWEEN ? AND ?",
                BigDecimal.class, user.tenantId(), from, to);
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
