package io.hookrelay.routes

import io.hookrelay.auth.requireAccount
import io.hookrelay.webhooks.WebhookService
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.serialization.Serializable
import java.net.InetAddress
import java.net.URI

@Serializable
data class TestDeliveryRequest(val url: String, val payload: String)

@Serializable
data class TestDeliveryResult(val status: Int, val bodyPreview: String)

private val deliveryClient = HttpClient(CIO) {
    followRedirects = false
    install(HttpTimeout) { requestTimeoutMillis = 5_000 }
}

fun Route.webhookRoutes(service: WebhookService) {
    route("/api/webhooks") {
        post("/test-delivery") {
            val account = call.requireAccount()
            val req = call.receive<TestDeliveryRequest>()
            val target = URI(req.url)

            if (!isAllowedTarget(target)) {
                call.respond(HttpStatusCode.BadRequest, "target not allowed")
                return@post
            }

            val response = deliveryClient.post(target.toString()) {
                contentType(ContentType.Application.Json)
                setBody(req.payload)
            }
            service.recordTestDelivery(account.id, target.host, response.status.value)
            call.respond(TestDeliveryResult(response.status.value, response.bodyAsText().take(2048)))
        }
    }
}

private fun isAllowedTarget(uri: URI): Boolean {
    if (uri.scheme != "https" && uri.scheme != "http") return false
    val host = uri.host ?: return false
    val addresses = runCatching { InetAddress.getAllByName(host).toList() }.getOrElse { return false }
    return addresses.none {
        it.isLoopbackAddress || it.isSiteLocalAddress || it.isLinkLocalAddress ||
            it.isAnyLocalAddress || it.isMulticastAddress
    }
}
