package com.parcelpoint.shipping.carrier

import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import java.time.Duration

@ConfigurationProperties("carrier")
data class CarrierProperties(
    val baseUrl: String,
    val apiKey: String,
    val timeout: Duration = Duration.ofSeconds(10),
)

@Configuration
class CarrierClientConfig {

    @Bean
    fun carrierHttpClient(props: CarrierProperties): OkHttpClient =
        OkHttpClient.Builder()
            .connectTimeout(props.timeout)
            .readTimeout(props.timeout)
            .addInterceptor { chain ->
                chain.proceed(
                    chain.request().newBuilder()
                        .header("X-Api-Key", props.apiKey)
                        .build()
                )
            }
            .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BASIC))
            .build()
}
