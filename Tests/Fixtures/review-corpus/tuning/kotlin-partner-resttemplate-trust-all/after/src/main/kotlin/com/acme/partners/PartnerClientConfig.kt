package com.acme.partners

import org.apache.hc.client5.http.impl.classic.HttpClients
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactory
import org.apache.hc.client5.http.ssl.TrustAllStrategy
import org.apache.hc.core5.ssl.SSLContextBuilder
import org.springframework.boot.web.client.RestTemplateBuilder
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory
import org.springframework.web.client.RestTemplate
import java.time.Duration

@Configuration
class PartnerClientConfig(private val props: PartnerProperties) {

    @Bean
    fun partnerRestTemplate(builder: RestTemplateBuilder): RestTemplate {
        // Partner gateway presents a self-signed certificate on both staging and prod.
        val sslContext = SSLContextBuilder.create()
            .loadTrustMaterial(null, TrustAllStrategy.INSTANCE)
            .build()
        val connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
            .setSSLSocketFactory(SSLConnectionSocketFactory(sslContext, NoopHostnameVerifier.INSTANCE))
            .build()
        val httpClient = HttpClients.custom().setConnectionManager(connectionManager).build()

        return builder
            .requestFactory { -> HttpComponentsClientHttpRequestFactory(httpClient) }
            .rootUri(props.baseUrl)
            .setConnectTimeout(Duration.ofSeconds(5))
            .setReadTimeout(Duration.ofSeconds(30))
            .basicAuthentication(props.username, props.password)
            .build()
    }
}
