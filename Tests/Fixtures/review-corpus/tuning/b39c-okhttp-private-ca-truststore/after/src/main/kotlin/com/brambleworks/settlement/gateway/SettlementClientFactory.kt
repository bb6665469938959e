package com.brambleworks.settlement.gateway

import java.security.KeyStore
import java.time.Duration
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.core.io.ClassPathResource

@ConfigurationProperties(prefix = "settlement.gateway")
data class GatewayProperties(
    val baseUrl: String,
    val connectTimeout: Duration = Duration.ofSeconds(5),
    val readTimeout: Duration = Duration.ofSeconds(30),
    /** The bank's settlement endpoint is signed by its own private root, not a public CA. */
    val caBundle: String = "tls/harwick-bank-root.p12",
    val caBundlePassword: String = "",
)

@Configuration
class SettlementClientFactory {

    private fun bankTrustManager(props: GatewayProperties): X509TrustManager {
        val anchors = KeyStore.getInstance("PKCS12").apply {
            ClassPathResource(props.caBundle).inputStream.use { load(it, props.caBundlePassword.toCharArray()) }
        }
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        tmf.init(anchors)
        return tmf.trustManagers.filterIsInstance<X509TrustManager>().single()
    }

    @Bean
    fun settlementHttpClient(props: GatewayProperties): OkHttpClient {
        val trustManager = bankTrustManager(props)
        val sslContext = SSLContext.getInstance("TLS").apply { init(null, arrayOf(trustManager), null) }
        return OkHttpClient.Builder()
            .connectTimeout(props.connectTimeout)
            .readTimeout(props.readTimeout)
            .connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS))
            .sslSocketFactory(sslContext.socketFactory, trustManager)
            .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BASIC))
            .build()
    }
}
