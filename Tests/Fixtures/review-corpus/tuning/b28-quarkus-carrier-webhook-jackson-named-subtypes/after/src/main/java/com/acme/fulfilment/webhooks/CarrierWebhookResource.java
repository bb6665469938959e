package com.acme.fulfilment.webhooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import com.acme.fulfilment.shipments.ShipmentService;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/webhooks/carrier")
public class CarrierWebhookResource {

    @Inject
    ObjectMapper mapper;

    @Inject
    CarrierSignatureVerifier signatures;

    @Inject
    ShipmentService shipments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("X-Carrier-Signature") String signature, byte[] body) throws IOException {
        if (!signatures.isValid(body, signature)) {
            Log.warnf("Rejected carrier webhook with bad signature");
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }

        CarrierEvent event = mapper.readValue(body, CarrierEvent.class);
        switch (event) {
            case PickedUp e -> shipments.markPickedUp(e.trackingNumber(), e.occurredAt());
            case InTransit e -> shipments.recordScan(e.trackingNumber(), e.location(), e.occurredAt());
            case Delivered e -> shipments.markDelivered(e.trackingNumber(), e.signedBy(), e.occurredAt());
            case DeliveryException e -> shipments.flagException(e.trackingNumber(), e.reason(), e.occurredAt());
            case Unknown e -> {
                Log.infof("Ignoring unknown carrier event (%d bytes)", new String(body, StandardCharsets.UTF_8).length());
                return Response.accepted().build();
            }
        }
        return Response.noContent().build();
    }

    /**
     * Polymorphism is keyed on the logical "type" name and limited to the subtypes
     * listed here (Id.NAME, not Id.CLASS); unrecognised names map to Unknown.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = Unknown.class)
    @JsonSubTypes({
            @JsonSubTypes.Type(value = PickedUp.class, name = "picked_up"),
            @JsonSubTypes.Type(value = InTransit.class, name = "in_transit"),
            @JsonSubTypes.Type(value = Delivered.class, name = "delivered"),
            @JsonSubTypes.Type(value = DeliveryException.class, name = "exception"),
    })
    @JsonIgnoreProperties(ignoreUnknown = true)
    sealed interface CarrierEvent permits PickedUp, InTransit, Delivered, DeliveryException, Unknown {}

    record PickedUp(@JsonProperty("tracking_number") String trackingNumber,
                    @JsonProperty("occurred_at") OffsetDateTime occurredAt) implements CarrierEvent {}

    record InTransit(@JsonProperty("tracking_number") String trackingNumber,
                     String location,
                     @JsonProperty("occurred_at") OffsetDateTime occurredAt) implements CarrierEvent {}

    record Delivered(@JsonProperty("tracking_number") String trackingNumber,
                     @JsonProperty("signed_by") String signedBy,
                     @JsonProperty("occurred_at") OffsetDateTime occurredAt) implements CarrierEvent {}

    record DeliveryException(@JsonProperty("tracking_number") String trackingNumber,
                             String reason,
                             @JsonProperty("occurred_at") OffsetDateTime occurredAt) implements CarrierEvent {}

    record Unknown() implements CarrierEvent {}
}
