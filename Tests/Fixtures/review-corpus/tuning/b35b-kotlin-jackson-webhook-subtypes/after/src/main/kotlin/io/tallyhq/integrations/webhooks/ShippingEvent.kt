package io.tallyhq.integrations.webhooks

import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.annotation.JsonSubTypes
import com.fasterxml.jackson.annotation.JsonTypeInfo
import java.math.BigDecimal
import java.time.Instant

/**
 * Events posted by the shipping provider to /webhooks/shipping (signature is checked in
 * ShippingWebhookController before the body is bound). The "type" property picks the subtype;
 * only the names listed here are accepted, anything else fails binding with a 400.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
)
@JsonSubTypes(
    JsonSubTypes.Type(value = ShippingEvent.LabelCreated::class, name = "label.created"),
    JsonSubTypes.Type(value = ShippingEvent.InTransit::class, name = "shipment.in_transit"),
    JsonSubTypes.Type(value = ShippingEvent.Delivered::class, name = "shipment.delivered"),
    JsonSubTypes.Type(value = ShippingEvent.Exception::class, name = "shipment.exception"),
)
@JsonIgnoreProperties(ignoreUnknown = true)
sealed class ShippingEvent {
    abstract val type: String
    abstract val id: String

    @JsonProperty("occurred_at")
    abstract val occurredAt: Instant

    @JsonProperty("shipment_id")
    abstract val shipmentId: String

    data class LabelCreated(
        override val type: String,
        override val id: String,
        override val occurredAt: Instant,
        override val shipmentId: String,
        @JsonProperty("tracking_number") val trackingNumber: String,
        @JsonProperty("label_url") val labelUrl: String,
        val cost: BigDecimal,
        val currency: String,
    ) : ShippingEvent()

    data class InTransit(
        override val type: String,
        override val id: String,
        override val occurredAt: Instant,
        override val shipmentId: String,
        val location: String?,
        @JsonProperty("estimated_delivery") val estimatedDelivery: Instant?,
    ) : ShippingEvent()

    data class Delivered(
        override val type: String,
        override val id: String,
        override val occurredAt: Instant,
        override val shipmentId: String,
        @JsonProperty("signed_by") val signedBy: String?,
    ) : ShippingEvent()

    data class Exception(
        override val type: String,
        override val id: String,
        override val occurredAt: Instant,
        override val shipmentId: String,
        val code: String,
        val message: String,
        val details: Map<String, String> = emptyMap(),
    ) : ShippingEvent()
}
