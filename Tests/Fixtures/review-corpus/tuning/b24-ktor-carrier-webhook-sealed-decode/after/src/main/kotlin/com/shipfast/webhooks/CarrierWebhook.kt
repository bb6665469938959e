package com.shipfast.webhooks

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.header
import io.ktor.server.request.receiveText
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.Json
import org.slf4j.LoggerFactory
import java.security.MessageDigest
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

private val log = LoggerFactory.getLogger("CarrierWebhook")

@Serializable
sealed class CarrierEvent {
    abstract val trackingNumber: String

    @Serializable
    @SerialName("picked_up")
    data class PickedUp(
        @SerialName("tracking_number") override val trackingNumber: String,
        val at: Long,
    ) : CarrierEvent()

    @Serializable
    @SerialName("delivered")
    data class Delivered(
        @SerialName("tracking_number") override val trackingNumber: String,
        val at: Long,
        @SerialName("signed_by") val signedBy: String? = null,
    ) : CarrierEvent()

    @Serializable
    @SerialName("exception")
    data class Exception(
        @SerialName("tracking_number") override val trackingNumber: String,
        val reason: String,
    ) : CarrierEvent()
}

private val carrierJson = Json {
    classDiscriminator = "type"
    ignoreUnknownKeys = true
}

fun Route.carrierWebhook(signingSecret: ByteArray, shipments: ShipmentService) {
    post("/webhooks/carrier") {
        val body = call.receiveText()
        val signature = call.request.header("X-Carrier-Signature")
        if (signature == null || !validSignature(signingSecret, body, signature)) {
            return@post call.respond(HttpStatusCode.Unauthorized)
        }

        val event = try {
            carrierJson.decodeFromString<CarrierEvent>(body)
        } catch (e: SerializationException) {
            log.info("ignoring unrecognised carrier event: {}", e.message)
            return@post call.respond(HttpStatusCode.NoContent)
        }

        when (event) {
            is CarrierEvent.PickedUp -> shipments.markPickedUp(event.trackingNumber, event.at)
            is CarrierEvent.Delivered -> shipments.markDelivered(event.trackingNumber, event.at, event.signedBy)
            is CarrierEvent.Exception -> shipments.recordException(event.trackingNumber, event.reason)
        }
        call.respond(HttpStatusCode.NoContent)
    }
}

private fun validSignature(secret: ByteArray, body: String, header: String): Boolean {
    val mac = Mac.getInstance("HmacSHA256")
    mac.init(SecretKeySpec(secret, "HmacSHA256"))
    val expected = mac.doFinal(body.toByteArray(Charsets.UTF_8))
    val given = runCatching { header.removePrefix("sha256=").hexToByteArray() }.getOrNull() ?: return false
    return MessageDigest.isEqual(expected, given)
}
