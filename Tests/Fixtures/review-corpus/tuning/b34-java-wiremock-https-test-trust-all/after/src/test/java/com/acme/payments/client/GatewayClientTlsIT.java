package com.acme.payments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Exercises GatewayClient over real HTTPS against a local WireMock server.
 * WireMock generates a throwaway self-signed certificate on startup, so this
 * test-only client trusts any certificate; production wiring lives in
 * GatewayClientConfig and uses the JVM default trust store.
 */
class GatewayClientTlsIT {

    private WireMockServer gateway;
    private GatewayClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = new WireMockServer(wireMockConfig().dynamicHttpsPort().httpDisabled(true));
        gateway.start();

        HttpClient http = HttpClient.newBuilder()
                .sslContext(trustAllForLocalWireMock())
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        client = new GatewayClient(http, URI.create("https://localhost:" + gateway.httpsPort()), "test-api-key");
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    @Test
    void capturesAuthorisationOverHttps() {
        gateway.stubFor(post(urlEqualTo("/v2/captures"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"cap_123\",\"status\":\"succeeded\",\"amount\":\"12.50\"}")));

        CaptureResult result = client.capture("auth_456", new BigDecimal("12.50"));

        assertThat(result.id()).isEqualTo("cap_123");
        assertThat(result.succeeded()).isTrue();
        gateway.verify(postRequestedFor(urlEqualTo("/v2/captures"))
                .withHeader("Authorization", equalTo("Bearer test-api-key")));
    }

    @Test
    void surfacesGatewayDeclines() {
        gateway.stubFor(post(urlEqualTo("/v2/captures"))
                .willReturn(aResponse()
                        .withStatus(402)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"card_declined\"}")));

        CaptureResult result = client.capture("auth_789", new BigDecimal("99.00"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errorCode()).isEqualTo("card_declined");
    }

    private static SSLContext trustAllForLocalWireMock() throws Exception {
        TrustManager[] trustAll = {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new SecureRandom());
        return ctx;
    }
}
