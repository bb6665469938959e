package com.harborpay.payments.config;

import com.harborpay.payments.ledger.LedgerClient;
import com.harborpay.payments.ledger.LedgerErrorHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    @Bean
    RestTemplate ledgerRestTemplate(RestTemplateBuilder builder, LedgerErrorHandler errorHandler) {
        return builder
                .rootUri(baseUrl)
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
