package com.northwind.checkout.payments

import com.stripe.StripeClient
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class StripeConfig(
    @Value("\${stripe.api-key: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}")
    private val apiKey: String,
    @Value("\${stripe.webhook-secret:whsec_xme7pm6lIRKjooGu6i5dLuK4QnRPKJNV}")
    private val webhookSecret: String,
    @Value("\${stripe.max-network-retries:2}")
    private val maxRetries: Int,
) {

    @Bean
    fun stripeClient(): StripeClient =
        StripeClient.builder()
            .setApiKey(apiKey)
            .setMaxNetworkRetries(maxRetries)
            .build()

    @Bean
    fun stripeWebhookVerifier(): StripeWebhookVerifier = StripeWebhookVerifier(webhookSecret)
}
