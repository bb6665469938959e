package com.acme.billing.invoice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.acme.billing.security.AccountPrincipal;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceQueryController {

    private final JdbcTemplate jdbc;

    public InvoiceQueryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record InvoiceRow(long id, String number, String status, BigDecimal total, LocalDate issuedOn) {}

    private static InvoiceRow map(ResultSet rs, int rowNum) throws SQLException {
        return new InvoiceRow(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("status"),
                rs.getBigDecimal("total"),
                rs.getObject("issued_on", LocalDate.class));
    }

    @GetMapping
    public List<InvoiceRow> search(
            @AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String number,
            @RequestParam(defaultValue = "50") int limit) {

        StringBuilder sql = new StringBuilder(
                "SELECT i.id, i.number, i.status, i.total, i.issued_on FROM invoices i WHERE i.account_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(principal.accountId());

        if (from != null) {
            sql.append(" AND i.issued_on >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND i.issued_on <= ?");
            args.add(to);
        }
        if (status != null && !status.isEmpty()) {
            // e.g. ?status=open&status=overdue
            sql.append(" AND i.status IN ('")
               .append(String.join("','", status))
               .append("')");
        }
        if (number != null && !number.isBlank()) {
            sql.append(" AND i.number LIKE ?");
            args.add(number.trim() + "%");
        }
        sql.append(" ORDER BY i.issued_on DESC LIMIT ?");
        args.add(Math.min(Math.max(limit, 1), 200));

        return jdbc.query(sql.toString(), InvoiceQueryController::map, args.toArray());
    }

    @GetMapping("/{id}")
    public InvoiceRow get(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id) {
        return jdbc.queryForObject(
                "SELECT i.id, i.number, i.status, i.total, i.issued_on FROM invoices i WHERE i.account_id = ? AND i.id = ?",
                InvoiceQueryController::map,
                principal.accountId(), id);
    }
}
