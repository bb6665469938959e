package com.tidepool.billing

import com.stripe.StripeClient
import com.stripe.net.RequestOptions
import org.slf4j.LoggerFactory
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.boot.context.properties.EnableConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import java.time.Duration

@ConfigurationProperties(prefix = "billing.stripe")
data class StripeProperties(
    val apiKey: String,
    val webhookSecret: String,
    val connectTimeout: Duration = Duration.ofSeconds(10),
    val readTimeout: Duration = Duration.ofSeconds(30),
    val maxNetworkRetries: Int = 2,
)

@Configuration
@EnableConfigurationProperties(StripeProperties::class)
class StripeConfig {

    private val log = LoggerFactory.getLogger(StripeConfig::class.java)

    @Bean
    fun stripeClient(props: StripeProperties): StripeClient {
        require(props.apiKey.isNotBlank()) { "billing.stripe.api-key must be set" }

        log.info("Configuring Stripe client (retries={})", props.maxNetworkRetries)

        return StripeClient.builder()
            .setApiKey(props.apiKey)
            .setConnectTimeout(props.connectTimeout.toMillis().toInt())
            .setReadTimeout(props.readTimeout.toMillis().toInt())
            .setMaxNetworkRetries(props.maxNetworkRetries)
            .build()
    }

    @Bean
    fun webhookVerifier(props: StripeProperties): StripeWebhookVerifier {
        require(props.webhookSecret.isNotBlank()) { "billing.stripe.webhook-secret must be set" }
        return StripeWebhookVerifier(props.webhookSecret, tolerance = Duration.ofMinutes(5))
    }

    @Bean
    fun idempotentRequestOptions(): (String) -> RequestOptions = { key ->
        RequestOptions.builder()
            .setIdempotencyKey(key)
            .build()
    }
}
