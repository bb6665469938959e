package com.parcelpoint.shipping.carrier.support

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.client.WireMock.aResponse
import com.github.tomakehurst.wiremock.client.WireMock.post
import com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import com.github.tomakehurst.wiremock.core.WireMockConfiguration.options
import okhttp3.OkHttpClient
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager

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

    /** For tests only: accepts WireMock's self-signed cert, and only when talking to the loopback stub. */
    fun testClient(): OkHttpClient {
        val trustStub = object : X509TrustManager {
            override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
            override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
            override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
        }
        val ssl = SSLContext.getInstance("TLS").apply { init(null, arrayOf(trustStub), null) }
        return OkHttpClient.Builder()
            .sslSocketFactory(ssl.socketFactory, trustStub)
            .hostnameVerifier { host, _ -> host == "localhost" }
            .build()
    }

    override fun close() = server.stop()
}
