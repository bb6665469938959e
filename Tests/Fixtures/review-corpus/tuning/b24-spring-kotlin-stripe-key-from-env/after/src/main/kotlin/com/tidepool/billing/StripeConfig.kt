package com.tidepool.billing

import com.stripe.StripeClient
import com.stripe.net.RequestOptions
import org.slf4j.LoggerFactory
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.boot.context.properties.EnableConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.core.env.Environment
import org.springframework.core.env.Profiles
import java.time.Duration

/**
 * Secrets come from the environment (injected from Vault by the deploy
 * tooling), never from application.yml:
 *
 *   STRIPE_SECRET_KEY=sk_test_...        STRIPE_WEBHOOK_SECRET=whsec_...
 */
@ConfigurationProperties(prefix = "billing.stripe")
data class StripeProperties(
    val connectTimeout: Duration = Duration.ofSeconds(10),
    val readTimeout: Duration = Duration.ofSeconds(30),
    val maxNetworkRetries: Int = 2,
)

@Configuration
@EnableConfigurationProperties(StripeProperties::class)
class StripeConfig(private val env: Environment) {

    private val log = LoggerFactory.getLogger(StripeConfig::class.java)

    private fun requiredEnv(name: String): String =
        System.getenv(name)?.takeIf { it.isNotBlank() }
            ?: error("$name must be set")

    @Bean
    fun stripeClient(props: StripeProperties): StripeClient {
        val apiKey = requiredEnv("STRIPE_SECRET_KEY")
        val live = apiKey.startsWith("sk_live_")
        require(live || apiKey.startsWith("sk_test_")) { "STRIPE_SECRET_KEY is not a Stripe secret key" }
        if (env.acceptsProfiles(Profiles.of("prod")) && !live) {
            error("refusing to start prod with a Stripe test key")
        }

        log.info("Configuring Stripe client (mode={}, retries={})", if (live) "live" else "test", props.maxNetworkRetries)

        return StripeClient.builder()
            .setApiKey(apiKey)
            .setConnectTimeout(props.connectTimeout.toMillis().toInt())
            .setReadTimeout(props.readTimeout.toMillis().toInt())
            .setMaxNetworkRetries(props.maxNetworkRetries)
            .build()
    }

    @Bean
    fun webhookVerifier(): StripeWebhookVerifier {
        val secret = requiredEnv("STRIPE_WEBHOOK_SECRET")
        require(secret.startsWith("whsec_")) { "STRIPE_WEBHOOK_SECRET is not a webhook signing secret" }
        return StripeWebhookVerifier(secret, tolerance = Duration.ofMinutes(5))
    }

    @Bean
    fun idempotentRequestOptions(): (String) -> RequestOptions = { key ->
        RequestOptions.builder()
            .setIdempotencyKey(key)
            .build()
    }
}
