package com.brambleworks.settlement.gateway

import java.time.Duration
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@ConfigurationProperties(prefix = "settlement.gateway")
data class GatewayProperties(
    val baseUrl: String,
    val connectTimeout: Duration = Duration.ofSeconds(5),
    val readTimeout: Duration = Duration.ofSeconds(30),
)

@Configuration
class SettlementClientFactory {

    @Bean
    fun settlementHttpClient(props: GatewayProperties): OkHttpClient =
        OkHttpClient.Builder()
            .connectTimeout(props.connectTimeout)
            .readTimeout(props.readTimeout)
            .connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS))
            .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BASIC))
            .build()
}
