package com.lumenpay.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Event published on the payments.events topic and consumed by ledger and notifications.
 */
public record PaymentEvent(
        String type,
        String paymentId,
        BigDecimal amount,
        String currency,
        Instant occurredAt,
        Map<String, Object> details) {

    public boolean isTerminal() {
        return "payment.settled".equals(type) || "payment.failed".equals(type);
    }
}
