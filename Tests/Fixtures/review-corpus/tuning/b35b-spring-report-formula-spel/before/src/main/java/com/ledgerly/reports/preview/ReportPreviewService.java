package com.ledgerly.reports.preview;

import com.ledgerly.reports.api.ColumnSpec;
import com.ledgerly.reports.api.ReportPreviewRequest;
import com.ledgerly.reports.api.ReportPreviewResponse;
import com.ledgerly.reports.data.LedgerRow;
import com.ledgerly.reports.data.LedgerRowRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the live preview shown in the report designer. The request comes straight from the
 * designer UI (POST /api/reports/preview), so column specs are whatever the user typed.
 */
@Service
public class ReportPreviewService {

    private static final int PREVIEW_ROWS = 50;

    private final LedgerRowRepository rows;

    public ReportPreviewService(LedgerRowRepository rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public ReportPreviewResponse preview(long tenantId, ReportPreviewRequest request) {
        List<LedgerRow> sample = rows.findSample(tenantId, request.from(), request.to(), PREVIEW_ROWS);

        List<Map<String, Object>> out = new ArrayList<>(sample.size());
        for (LedgerRow row : sample) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (ColumnSpec column : request.columns()) {
                cells.put(column.label(), valueOf(column, row));
            }
            out.add(cells);
        }
        return new ReportPreviewResponse(out, sample.size() == PREVIEW_ROWS);
    }

    private Object valueOf(ColumnSpec column, LedgerRow row) {
        return switch (column.type()) {
            case FIELD -> fieldValue(column.field(), row);
            case NET -> row.amount().subtract(row.taxAmount());
            case TAX_RATE -> row.amount().signum() == 0
                    ? BigDecimal.ZERO
                    : row.taxAmount().divide(row.amount(), 4, RoundingMode.HALF_UP);
            default -> throw new IllegalArgumentException("Unsupported column type " + column.type());
        };
    }

    private Object fieldValue(String field, LedgerRow row) {
        return switch (field) {
            case "date" -> row.bookedOn();
            case "account" -> row.accountCode();
            case "counterparty" -> row.counterparty();
            case "amount" -> row.amount();
            case "tax" -> row.taxAmount();
            case "currency" -> row.currency();
            default -> throw new IllegalArgumentException("Unknown field " + field);
        };
    }
}
