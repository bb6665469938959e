package com.pinecrest.orders.kafka;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads order events from the {@code orders.v2} topic. The event kind is a
 * logical name in the {@code type} field, mapped to one of the records below;
 * class names are never read from the payload.
 */
public final class OrderEventDeserializer implements Deserializer<OrderEventDeserializer.OrderEvent> {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = OrderPlaced.class, name = "order.placed"),
            @JsonSubTypes.Type(value = OrderPaid.class, name = "order.paid"),
            @JsonSubTypes.Type(value = OrderCancelled.class, name = "order.cancelled"),
    })
    public sealed interface OrderEvent permits OrderPlaced, OrderPaid, OrderCancelled {
        String orderId();
        Instant occurredAt();
    }

    public record OrderPlaced(String orderId, Instant occurredAt, String customerId, BigDecimal total, String currency)
            implements OrderEvent {}

    public record OrderPaid(String orderId, Instant occurredAt, String paymentId) implements OrderEvent {}

    public record OrderCancelled(String orderId, Instant occurredAt, String reason) implements OrderEvent {}

    private static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure
    }

    @Override
    public OrderEvent deserialize(String topic, byte[] data) {
        if (data == null) {
            return null; // tombstone
        }
        if (data.length > MAX_PAYLOAD_BYTES) {
            throw new SerializationException("order event on " + topic + " exceeds " + MAX_PAYLOAD_BYTES + " bytes");
        }
        try {
            return mapper.readValue(data, OrderEvent.class);
        } catch (IOException e) {
            throw new SerializationException("malformed order event on " + topic, e);
        }
    }

    @Override
    public void close() {
        // nothing to close
    }
}
