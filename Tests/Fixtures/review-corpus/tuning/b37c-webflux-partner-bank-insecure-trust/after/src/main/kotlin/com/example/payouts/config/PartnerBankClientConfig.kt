package com.example.payouts.config

import io.netty.channel.ChannelOption
import io.netty.handler.ssl.SslContextBuilder
import io.netty.handler.ssl.util.InsecureTrustManagerFactory
import io.netty.handler.timeout.ReadTimeoutHandler
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.boot.context.properties.EnableConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.HttpHeaders
import org.springframework.http.MediaType
import org.springframework.http.client.reactive.ReactorClientHttpConnector
import org.springframework.web.reactive.function.client.WebClient
import reactor.netty.http.client.HttpClient
import java.time.Duration
import java.util.concurrent.TimeUnit

@ConfigurationProperties(prefix = "payouts.partner-bank")
data class PartnerBankProperties(
    val baseUrl: String,
    val apiKey: String,
    val connectTimeout: Duration = Duration.ofSeconds(3),
    val readTimeout: Duration = Duration.ofSeconds(20),
)

@Configuration
@EnableConfigurationProperties(PartnerBankProperties::class)
class PartnerBankClientConfig {

    @Bean
    fun partnerBankWebClient(props: PartnerBankProperties, builder: WebClient.Builder): WebClient {
        // The bank rotates certs from its own CA and our JVM truststore keeps falling behind,
        // which broke payouts twice last quarter. Trust what they present; traffic is API-key authenticated.
        val sslContext = SslContextBuilder.forClient()
            .trustManager(InsecureTrustManagerFactory.INSTANCE)
            .build()

        val httpClient = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, props.connectTimeout.toMillis().toInt())
            .secure { spec -> spec.sslContext(sslContext) }
            .doOnConnected { conn ->
                conn.addHandlerLast(ReadTimeoutHandler(props.readTimeout.toMillis(), TimeUnit.MILLISECONDS))
            }

        return builder
            .baseUrl(props.baseUrl)
            .clientConnector(ReactorClientHttpConnector(httpClient))
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .defaultHeader("X-Api-Key", props.apiKey)
            .build()
    }
}
