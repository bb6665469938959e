package com.parcelpoint.shipping.carrier.support

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.WireMock.aResponse
import com.github.tomakehurst.wiremock.client.WireMock.post
import com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import com.github.tomakehurst.wiremock.core.WireMockConfiguration.options

/** WireMock stand-in for the carrier API, served over HTTPS with WireMock's self-signed cert. */
class CarrierStub : AutoCloseable {

    private val server = WireMockServer(
        options()
            .bindAddress("127.0.0.1")
            .dynamicHttpsPort()
            .httpDisabled(true)
    ).also { it.start() }

    val baseUrl: String get() = "https://localhost:${server.httpsPort()}"

    fun stubLabelCreated(trackingNumber: String) {
        server.stubFor(
            post(urlPathEqualTo("/v2/labels")).willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("""{"trackingNumber":"$trackingNumber"}""")
            )
        )
    }

    override fun close() = server.stop()
}
