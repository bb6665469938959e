package dev.parcelhub.carriers

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpRequestRetry
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.http.HttpStatusCode
import io.ktor.http.appendPathSegments
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json

@Serializable
data class TrackingEvent(val timestamp: String, val statusCode: String, val description: String? = null)

@Serializable
data class TrackingShipment(val id: String, val status: TrackingEvent, val events: List<TrackingEvent> = emptyList())

@Serializable
private data class TrackingResponse(val shipments: List<TrackingShipment> = emptyList())

/**
 * Client for the carrier's public tracking API. The host is fixed; customers
 * only supply a tracking number, which is validated and sent as an encoded
 * query parameter.
 */
class DhlTrackingClient(
    private val apiKey: String,
    engine: io.ktor.client.engine.HttpClientEngine = CIO.create(),
) : AutoCloseable {

    private val client = HttpClient(engine) {
        expectSuccess = false
        followRedirects = false
        install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
        install(HttpTimeout) {
            connectTimeoutMillis = 3_000
            requestTimeoutMillis = 8_000
        }
        install(HttpRequestRetry) {
            retryOnServerErrors(maxRetries = 2)
            exponentialDelay()
        }
        defaultRequest {
            url("https://api-eu.dhl.com/track/")
            header("DHL-API-Key", apiKey)
        }
    }

    suspend fun track(trackingNumber: String): TrackingShipment? {
        val number = trackingNumber.trim()
        require(TRACKING_NUMBER.matches(number)) { "invalid tracking number" }

        val response = client.get {
            url {
                appendPathSegments("shipments")
                parameters.append("trackingNumber", number)
                parameters.append("language", "en")
            }
        }
        return when (response.status) {
            HttpStatusCode.OK -> response.body<TrackingResponse>().shipments.firstOrNull()
            HttpStatusCode.NotFound -> null
            else -> throw CarrierUnavailableException("tracking lookup failed with ${response.status.value}")
        }
    }

    override fun close() = client.close()

    companion object {
        private val TRACKING_NUMBER = Regex("^[A-Z0-9]{8,35}$")
    }
}

class CarrierUnavailableException(message: String) : RuntimeException(message)
