package com.acme.shop.payments;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {

    @Value("${stripe.api-key}")
    private String apiKey;

    @Value("${stripe.connect-timeout-ms:5000}")
    private int connectTimeoutMs;

    @PostConstruct
    void init() {
        Stripe.apiKey = apiKey;
        Stripe.setConnectTimeout(connectTimeoutMs);
    }
}
