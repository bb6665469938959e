package com.acme.payments.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Events published on the {@code payments.v1} topic and consumed by ledger, notifications
 * and the merchant webhook relay. The {@code type} discriminator is part of the public
 * contract; never rename an existing value.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PaymentEvent.PaymentAuthorised.class, name = "payment.authorised"),
        @JsonSubTypes.Type(value = PaymentEvent.PaymentCaptured.class, name = "payment.captured"),
        @JsonSubTypes.Type(value = PaymentEvent.PaymentFailed.class, name = "payment.failed"),
        @JsonSubTypes.Type(value = PaymentEvent.RefundIssued.class, name = "refund.issued"),
})
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface PaymentEvent
        permits PaymentEvent.PaymentAuthorised, PaymentEvent.PaymentCaptured, PaymentEvent.PaymentFailed,
                PaymentEvent.RefundIssued {

    UUID paymentId();

    Instant occurredAt();

    record PaymentAuthorised(UUID paymentId, String merchantId, BigDecimal amount, String currency,
                             Instant occurredAt) implements PaymentEvent {
    }

    record PaymentCaptured(UUID paymentId, BigDecimal capturedAmount, String currency,
                           Instant occurredAt) implements PaymentEvent {
    }

    record PaymentFailed(UUID paymentId, String reasonCode, String message,
                         Instant occurredAt) implements PaymentEvent {
    }

    /** Partial refunds carry the remaining refundable amount so consumers need no lookup. */
    record RefundIssued(UUID paymentId, UUID refundId, BigDecimal refundedAmount,
                        BigDecimal remainingRefundable, String currency,
                        Instant occurredAt) implements PaymentEvent {
    }
}
