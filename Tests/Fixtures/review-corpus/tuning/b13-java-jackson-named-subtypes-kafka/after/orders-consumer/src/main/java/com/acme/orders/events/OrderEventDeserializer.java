package com.acme.orders.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Decodes order events from the orders.v1 topic. The "type" property selects one of the
 * subtypes registered below by logical name; class names in the payload are never honoured.
 */
public final class OrderEventDeserializer implements Deserializer<OrderEventDeserializer.OrderEvent> {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = OrderPlaced.class, name = "order.placed"),
        @JsonSubTypes.Type(value = OrderCancelled.class, name = "order.cancelled"),
        @JsonSubTypes.Type(value = OrderRefunded.class, name = "order.refunded")
    })
    public sealed interface OrderEvent permits OrderPlaced, OrderCancelled, OrderRefunded {
        String orderId();
    }

    public record OrderPlaced(String orderId, String customerId, BigDecimal total, Instant at) implements OrderEvent {}

    public record OrderCancelled(String orderId, String reason, Instant at) implements OrderEvent {}

    public record OrderRefunded(String orderId, BigDecimal amount, Instant at) implements OrderEvent {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .build();

    @Override
    public OrderEvent deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return MAPPER.readValue(data, OrderEvent.class);
        } catch (IOException e) {
            throw new SerializationException("invalid order event on " + topic, e);
        }
    }
}