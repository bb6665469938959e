package com.acme.payments.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WebhookController {

    private final PaymentEventService events;
    private final ObjectMapper mapper;
    private final String sharedToken;

    public WebhookController(PaymentEventService events, ObjectMapper mapper,
                             @Value("${payments.webhook.token}") String sharedToken) {
        this.events = events;
        this.mapper = mapper;
        this.sharedToken = sharedToken;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("X-Webhook-Token") String token,
                                        @RequestBody String body) throws Exception {
        if (!sharedToken.equals(token)) {
            return ResponseEntity.status(401).build();
        }
        events.handle(mapper.readValue(body, PaymentEvent.class));
        return ResponseEntity.noContent().build();
    }
}
