package com.acme.fulfilment.webhooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import com.acme.fulfilment.shipments.ShipmentService;
import com.fasterxml.jackson.databind.JsonNode;
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

        JsonNode event = mapper.readTree(body);
        String type = event.path("type").asText();
        String tracking = event.path("tracking_number").asText();
        OffsetDateTime at = OffsetDateTime.parse(event.path("occurred_at").asText());

        switch (type) {
            case "picked_up" -> shipments.markPickedUp(tracking, at);
            case "in_transit" -> shipments.recordScan(tracking, event.path("location").asText(), at);
            case "delivered" -> shipments.markDelivered(tracking, event.path("signed_by").asText(null), at);
            case "exception" -> shipments.flagException(tracking, event.path("reason").asText(), at);
            default -> {
                Log.infof("Ignoring carrier event type %s (%d bytes)", type,
                        new String(body, StandardCharsets.UTF_8).length());
                return Response.accepted().build();
            }
        }
        return Response.noContent().build();
    }
}
