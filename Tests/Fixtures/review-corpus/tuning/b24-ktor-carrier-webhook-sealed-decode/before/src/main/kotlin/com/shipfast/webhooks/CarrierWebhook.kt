package com.shipfast.webhooks

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.header
import io.ktor.server.request.receiveText
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import org.slf4j.LoggerFactory
import java.security.MessageDigest
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

private val log = LoggerFactory.getLogger("CarrierWebhook")

fun Route.carrierWebhook(signingSecret: ByteArray, shipments: ShipmentService) {
    post("/webhooks/carrier") {
        val body = call.receiveText()
        val signature = call.request.header("X-Carrier-Signature")
        if (signature == null || !validSignature(signingSecret, body, signature)) {
            return@post call.respond(HttpStatusCode.Unauthorized)
        }

        val event: JsonObject = Json.parseToJsonElement(body).jsonObject
        val type = event["type"]?.jsonPrimitive?.content
        val tracking = event["tracking_number"]?.jsonPrimitive?.content
            ?: return@post call.respond(HttpStatusCode.BadRequest)

        when (type) {
            "picked_up" -> shipments.markPickedUp(tracking, event["at"]!!.jsonPrimitive.long)
            "delivered" -> shipments.markDelivered(
                tracking,
                event["at"]!!.jsonPrimitive.long,
                event["signed_by"]?.jsonPrimitive?.content,
            )
            "exception" -> shipments.recordException(tracking, event["reason"]!!.jsonPrimitive.content)
            else -> log.info("ignoring carrier event type {}", type)
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
