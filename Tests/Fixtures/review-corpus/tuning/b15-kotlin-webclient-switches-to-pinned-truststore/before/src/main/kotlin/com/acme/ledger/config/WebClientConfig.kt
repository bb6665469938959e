package com.acme.ledger.config

import io.netty.handler.ssl.SslContextBuilder
import org.springframework.beans.factory.annotation.Qualifier
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.core.io.Resource
import org.springframework.http.client.reactive.ReactorClientHttpConnector
import org.springframework.web.reactive.function.client.WebClient
import reactor.netty.http.client.HttpClient
import java.security.KeyStore
import javax.net.ssl.TrustManagerFactory

@Configuration
class WebClientConfig {

    @Bean
    fun defaultWebClient(builder: WebClient.Builder): WebClient = builder.build()

    @Bean
    fun partnerWebClient(
        builder: WebClient.Builder,
        @Value("\${partner.truststore.location}") truststore: Resource,
        @Value("\${partner.truststore.password}") password: String,
    ): WebClient {
        val ks = KeyStore.getInstance("PKCS12")
        truststore.inputStream.use { ks.load(it, password.toCharArray()) }
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        tmf.init(ks)
        val ssl = SslContextBuilder.forClient().trustManager(tmf).build()
        val http = HttpClient.create().secure { it.sslContext(ssl) }
        return builder.clientConnector(ReactorClientHttpConnector(http)).build()
    }

    @Bean
    fun ledgerClient(
        @Qualifier("defaultWebClient") webClient: WebClient,
        props: LedgerProperties,
    ): LedgerClient = LedgerClient(webClient.mutate().baseUrl(props.baseUrl).build(), props.timeout)
}