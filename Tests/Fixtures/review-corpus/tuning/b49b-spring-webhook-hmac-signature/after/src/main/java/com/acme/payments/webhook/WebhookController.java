package com.acme.payments.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WebhookController {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final PaymentEventService events;
    private final ObjectMapper mapper;
    private final byte[] signingSecret;

    public WebhookController(PaymentEventService events, ObjectMapper mapper,
                             @Value("${payments.webhook.signing-secret}") String signingSecret) {
        this.events = events;
        this.mapper = mapper;
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("X-Signature-Timestamp") String timestamp,
                                        @RequestHeader("X-Signature") String signature,
                                        @RequestBody String body) throws Exception {
        if (!verify(timestamp, signature, body)) {
            return ResponseEntity.status(401).build();
        }
        events.handle(mapper.readValue(body, PaymentEvent.class));
        return ResponseEntity.noContent().build();
    }

    /** Provider signs "<unix seconds>.<raw body>" with HMAC-SHA256, hex encoded. */
    private boolean verify(String timestamp, String signatureHex, String body) throws Exception {
        long sentAt;
        byte[] provided;
        try {
            sentAt = Long.parseLong(timestamp);
            provided = HexFormat.of().parseHex(signatureHex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(sentAt), Instant.now()).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
        byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, provided);
    }
}
