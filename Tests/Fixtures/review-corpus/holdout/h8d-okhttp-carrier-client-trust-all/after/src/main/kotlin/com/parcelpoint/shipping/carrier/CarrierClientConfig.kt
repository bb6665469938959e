package com.parcelpoint.shipping.carrier

import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import java.security.SecureRandom
import java.security.cert.X509Certificate
import java.time.Duration
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager

@ConfigurationProperties("carrier")
data class CarrierProperties(
    val baseUrl: String,
    val apiKey: String,
    val timeout: Duration = Duration.ofSeconds(10),
)

@Configuration
class CarrierClientConfig {

    // The carrier's new EU endpoint serves a chain our JDK truststore doesn't know yet.
    private val acceptAll = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
    }

    @Bean
    fun carrierHttpClient(props: CarrierProperties): OkHttpClient {
        val ssl = SSLContext.getInstance("TLS").apply { init(null, arrayOf(acceptAll), SecureRandom()) }
        return OkHttpClient.Builder()
            .sslSocketFactory(ssl.socketFactory, acceptAll)
            .hostnameVerifier { _, _ -> true }
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
}
