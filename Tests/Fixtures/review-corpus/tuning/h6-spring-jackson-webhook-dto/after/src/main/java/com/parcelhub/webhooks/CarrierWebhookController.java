package com.parcelhub.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CarrierWebhookController {

    public record TrackingEvent(String trackingNumber, String status, Instant occurredAt, String location) {}

    private final ObjectMapper mapper;
    private final SignatureVerifier verifier;
    private final TrackingService tracking;

    public CarrierWebhookController(ObjectMapper mapper, SignatureVerifier verifier, TrackingService tracking) {
        this.mapper = mapper;
        this.verifier = verifier;
        this.tracking = tracking;
    }

    @PostMapping("/webhooks/carrier")
    public ResponseEntity<Void> receive(@RequestHeader("X-Carrier-Signature") String signature,
                                        @RequestBody byte[] body) throws IOException {
        if (!verifier.matches(body, signature)) {
            return ResponseEntity.status(401).build();
        }
        TrackingEvent event = mapper.readValue(body, TrackingEvent.class);
        tracking.record(event.trackingNumber(), event.status(), event.occurredAt(), event.location());
        return ResponseEntity.accepted().build();
    }
}
