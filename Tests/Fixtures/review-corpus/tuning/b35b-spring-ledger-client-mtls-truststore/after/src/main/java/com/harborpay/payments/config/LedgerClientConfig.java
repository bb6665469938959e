package com.harborpay.payments.config;

import com.harborpay.payments.ledger.LedgerClient;
import com.harborpay.payments.ledger.LedgerErrorHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.core5.ssl.SSLContexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/**
 * HTTP client for the internal ledger service. Calls go over the service mesh to
 * https://ledger.payments.svc.internal; the mesh sidecar terminated TLS until the
 * mesh was removed from the payments namespace (PAY-3120).
 */
@Configuration
public class LedgerClientConfig {

    @Value("${ledger.base-url}")
    private String baseUrl;

    @Value("${ledger.connect-timeout:2s}")
    private Duration connectTimeout;

    @Value("${ledger.read-timeout:5s}")
    private Duration readTimeout;

    @Value("${ledger.tls.truststore}")
    private Resource truststore;

    @Value("${ledger.tls.truststore-password}")
    private String truststorePassword;

    @Value("${ledger.tls.keystore}")
    private Resource keystore;

    @Value("${ledger.tls.keystore-password}")
    private String keystorePassword;

    /**
     * The ledger now presents a certificate from the internal payments CA and requires a client
     * certificate. Trust only that CA and present our own service certificate.
     */
    private SSLContext ledgerSslContext() throws Exception {
        return SSLContexts.custom()
                .loadTrustMaterial(truststore.getURL(), truststorePassword.toCharArray())
                .loadKeyMaterial(keystore.getURL(), keystorePassword.toCharArray(), keystorePassword.toCharArray())
                .setProtocol("TLSv1.3")
                .build();
    }

    @Bean
    RestTemplate ledgerRestTemplate(RestTemplateBuilder builder, LedgerErrorHandler errorHandler) throws Exception {
        var tlsStrategy = ClientTlsStrategyBuilder.create()
                .setSslContext(ledgerSslContext())
                .setHostnameVerifier(new DefaultHostnameVerifier())
                .build();
        var connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tlsStrategy)
                .setMaxConnPerRoute(20)
                .build();
        CloseableHttpClient httpClient = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .build();

        return builder
                .rootUri(baseUrl)
                .requestFactory(() -> new HttpComponentsClientHttpRequestFactory(httpClient))
                .setConnectTimeout(connectTimeout)
                .setReadTimeout(readTimeout)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader("X-Caller", "payments-api")
                .errorHandler(errorHandler)
                .build();
    }

    @Bean
    LedgerClient ledgerClient(RestTemplate ledgerRestTemplate, ObservationRegistry observations) {
        return new LedgerClient(ledgerRestTemplate, observations);
    }
}
