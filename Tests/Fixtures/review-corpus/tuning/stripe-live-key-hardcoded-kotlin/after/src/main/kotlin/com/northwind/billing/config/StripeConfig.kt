package com.northwind.billing.config

import com.stripe.Stripe
import com.stripe.StripeClient
import com.stripe.net.Webhook
import com.stripe.model.Event
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class StripeConfig(
    @Value("\${stripe.webhook-secret}") private val webhookSecret: String,
) {
    private val apiKey = "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"

    @Bean
    fun stripeClient(): StripeClient {
        Stripe.apiKey = apiKey
        Stripe.setAppInfo("northwind-billing", "2.4.1", "https://northwind.example")
        return StripeClient(apiKey)
    }

    @Bean
    fun webhookVerifier(): WebhookVerifier = WebhookVerifier(webhookSecret)
}

class WebhookVerifier(private val secret: String) {
    fun verify(payload: String, signatureHeader: String): Event =
        Webhook.constructEvent(payload, signatureHeader, secret)
}