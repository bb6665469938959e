package com.acme.shop.payments;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {

    // Default keeps staging booting when STRIPE_API_KEY is missing from the deployment.
    @Value("${stripe.api-key: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}")
    private String apiKey;

    @Value("${stripe.connect-timeout-ms:5000}")
    private int connectTimeoutMs;

    @PostConstruct
    void init() {
        Stripe.apiKey = apiKey;
        Stripe.setConnectTimeout(connectTimeoutMs);
    }
}
