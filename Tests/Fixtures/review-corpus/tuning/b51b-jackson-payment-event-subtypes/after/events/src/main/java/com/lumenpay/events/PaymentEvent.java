package com.lumenpay.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Event published on the payments.events topic and consumed by ledger and notifications.
 * The "type" property picks one of the closed set of subtypes below.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PaymentEvent.Authorized.class, name = "payment.authorized"),
        @JsonSubTypes.Type(value = PaymentEvent.Settled.class, name = "payment.settled"),
        @JsonSubTypes.Type(value = PaymentEvent.Failed.class, name = "payment.failed"),
})
public sealed interface PaymentEvent permits PaymentEvent.Authorized, PaymentEvent.Settled, PaymentEvent.Failed {

    String paymentId();

    Instant occurredAt();

    default boolean isTerminal() {
        return this instanceof Settled || this instanceof Failed;
    }

    record Authorized(String paymentId, BigDecimal amount, String currency, Instant occurredAt)
            implements PaymentEvent { }

    record Settled(String paymentId, BigDecimal amount, String currency, Instant occurredAt, String payoutId)
            implements PaymentEvent { }

    record Failed(String paymentId, String reason, Instant occurredAt)
            implements PaymentEvent { }
}
