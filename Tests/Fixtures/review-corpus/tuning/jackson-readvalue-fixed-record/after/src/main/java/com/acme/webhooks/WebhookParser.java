package com.acme.webhooks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

public final class WebhookParser {
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record PaymentEvent(String id, String type, long amountCents, String currency) {}

    /** Deserialises the provider's webhook body into a fixed, final record type. */
    public PaymentEvent parse(InputStream body) throws IOException {
        PaymentEvent event = mapper.readValue(body, PaymentEvent.class);
        if (event.id() == null || event.type() == null) {
            throw new IOException("incomplete webhook payload");
        }
        return event;
    }
}