package com.orchardline.events.codec

import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.treeToValue
import java.math.BigDecimal
import java.time.Instant

/**
 * Events published on the orders topic, discriminated by the "type" field.
 */
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
}

object OrderEventCodec {
    private val mapper: ObjectMapper = jacksonObjectMapper()
        .registerModule(JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)

    fun encode(event: OrderEvent): ByteArray {
        val tree = mapper.valueToTree<com.fasterxml.jackson.databind.node.ObjectNode>(event)
        tree.put("type", typeName(event))
        return mapper.writeValueAsBytes(tree)
    }

    fun decode(bytes: ByteArray): OrderEvent {
        val tree: JsonNode = mapper.readTree(bytes)
        return when (val type = tree.path("type").asText()) {
            "order.placed" -> mapper.treeToValue<OrderEvent.Placed>(tree)
            "order.paid" -> mapper.treeToValue<OrderEvent.Paid>(tree)
            "order.shipped" -> mapper.treeToValue<OrderEvent.Shipped>(tree)
            else -> throw IllegalArgumentException("unknown event type $type")
        }
    }

    private fun typeName(event: OrderEvent) = when (event) {
        is OrderEvent.Placed -> "order.placed"
        is OrderEvent.Paid -> "order.paid"
        is OrderEvent.Shipped -> "order.shipped"
    }
}