package com.orbital.telemetry.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives batched device events from field gateways. Bodies are parsed by hand
 * (not via @RequestBody binding) so that one bad batch can be logged verbatim.
 */
@RestController
@RequestMapping("/ingest/v1")
public class EventIngestController {

    private static final Logger log = LoggerFactory.getLogger(EventIngestController.class);

    private final ObjectMapper mapper;
    private final EventSink sink;
    private final GatewayAuthenticator gateways;
    private final MeterRegistry meters;

    public EventIngestController(EventSink sink, GatewayAuthenticator gateways, MeterRegistry meters) {
        this.sink = sink;
        this.gateways = gateways;
        this.meters = meters;
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public record DeviceEvent(String deviceId, String kind, Instant at, java.util.Map<String, Object> data) {}

    public record EventBatch(String gatewayId, List<DeviceEvent> events) {}

    @PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> ingest(@RequestHeader("X-Gateway-Key") String gatewayKey,
                                       @RequestBody byte[] body) {
        EventBatch batch;
        try {
            batch = mapper.readValue(body, EventBatch.class);
        } catch (IOException e) {
            meters.counter("ingest.rejected", "reason", "parse").increment();
            log.warn("unparseable batch ({} bytes): {}", body.length, e.getOriginalMessage());
            return ResponseEntity.badRequest().build();
        }

        if (!gateways.isValid(batch.gatewayId(), gatewayKey)) {
            meters.counter("ingest.rejected", "reason", "auth").increment();
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }

        if (batch.events() == null || batch.events().isEmpty()) {
            return ResponseEntity.noContent().build();
        }

        sink.publish(batch.gatewayId(), batch.events());
        meters.counter("ingest.accepted").increment(batch.events().size());
        return ResponseEntity.accepted().build();
    }
}