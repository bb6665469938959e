package com.acme.billing.mapper;

import com.acme.billing.web.dto.InvoiceSearchCriteria;
import org.apache.ibatis.jdbc.SQL;
import org.springframework.util.StringUtils;

/**
 * Dynamic SQL for {@link InvoiceMapper#search}. Every value is bound through
 * #{...} placeholders on the criteria object; only fixed fragments are appended.
 */
public class InvoiceSqlProvider {

    private static final int MAX_PAGE_SIZE = 200;

    public String search(InvoiceSearchCriteria criteria) {
        SQL sql = new SQL()
                .SELECT("i.id", "i.reference", "i.customer_id", "i.status", "i.total_cents", "i.issued_at")
                .FROM("invoice i")
                .WHERE("i.tenant_id = #{tenantId}");

        if (criteria.getCustomerId() != null) {
            sql.WHERE("i.customer_id = #{customerId}");
        }
        if (criteria.getStatus() != null) {
            sql.WHERE("i.status = #{status}");
        }
        if (StringUtils.hasText(criteria.getReference())) {
            String ref = criteria.getReference().trim().toUpperCase();
            String pattern = "%" + ref + "%";
            sql.WHERE("UPPER(i.reference) LIKE '" + pattern + "'");
        }
        if (criteria.getIssuedFrom() != null) {
            sql.WHERE("i.issued_at >= #{issuedFrom}");
        }
        if (criteria.getIssuedTo() != null) {
            sql.WHERE("i.issued_at < #{issuedTo}");
        }

        sql.ORDER_BY(criteria.isNewestFirst() ? "i.issued_at DESC" : "i.issued_at ASC");

        int size = Math.min(Math.max(criteria.getPageSize(), 1), MAX_PAGE_SIZE);
        return sql.toString() + " LIMIT " + size + " OFFSET #{offset}";
    }

    public String countOpen(InvoiceSearchCriteria criteria) {
        return new SQL()
                .SELECT("COUNT(*)")
                .FROM("invoice i")
                .WHERE("i.tenant_id = #{tenantId}")
                .WHERE("i.status IN ('ISSUED', 'OVERDUE')")
                .toString();
    }
}
