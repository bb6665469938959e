package com.orchardline.events.codec

import com.fasterxml.jackson.annotation.JsonSubTypes
import com.fasterxml.jackson.annotation.JsonTypeInfo
import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import java.math.BigDecimal
import java.time.Instant

/**
 * Events published on the orders topic. The "type" property carries a short
 * logical name; Jackson maps it to one of the subtypes listed below and
 * refuses anything else, so the wire format never names a Java class.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes(
    JsonSubTypes.Type(value = OrderEvent.Placed::class, name = "order.placed"),
    JsonSubTypes.Type(value = OrderEvent.Paid::class, name = "order.paid"),
    JsonSubTypes.Type(value = OrderEvent.Shipped::class, name = "order.shipped"),
    JsonSubTypes.Type(value = OrderEvent.Cancelled::class, name = "order.cancelled"),
)
sealed class OrderEvent {
    abstract val orderId: String
    abstract val occurredAt: Instant

    data class Placed(
        override val orderId: String,
        override val occurredAt: Instant,
        val customerId: String,
        val total: BigDecimal,
        val currency: String,
    ) : OrderEvent()

    data class Paid(
        override val orderId: String,
        override val occurredAt: Instant,
        val paymentId: String,
    ) : OrderEvent()

    data class Shipped(
        override val orderId: String,
        override val occurredAt: Instant,
        val carrier: String,
        val trackingNumber: String,
    ) : OrderEvent()

    data class Cancelled(
        override val orderId: String,
        override val occurredAt: Instant,
        val reason: String?,
    ) : OrderEvent()
}

object OrderEventCodec {
    private val mapper: ObjectMapper = jacksonObjectMapper()
        .registerModule(JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, true)

    fun encode(event: OrderEvent): ByteArray = mapper.writeValueAsBytes(event)

    fun decode(bytes: ByteArray): OrderEvent = mapper.readValue(bytes)
}