package com.northwind.checkout.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Body of POST /api/checkout/{cartId}/payment-method.
 * The "type" property selects one of the known payment method shapes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PaymentMethodRequest.Card.class, name = "card"),
    @JsonSubTypes.Type(value = PaymentMethodRequest.Sepa.class, name = "sepa_debit"),
    @JsonSubTypes.Type(value = PaymentMethodRequest.Wallet.class, name = "wallet")
})
public sealed interface PaymentMethodRequest {

    String summary();

    record Card(@NotBlank String cardToken, @Pattern(regexp = "^[A-Z]{2}$") String billingCountry,
                boolean saveForLater) implements PaymentMethodRequest {
        public String summary() { return "card from " + billingCountry; }
    }

    record Sepa(@NotBlank String mandateId, @Pattern(regexp = "^[A-Z]{2}[0-9A-Z]{13,32}$") String iban)
            implements PaymentMethodRequest {
        public String summary() { return "SEPA debit " + iban.substring(0, 4) + "****"; }
    }

    record Wallet(@NotBlank String walletToken, @Pattern(regexp = "^(apple_pay|google_pay)$") String provider)
            implements PaymentMethodRequest {
        public String summary() { return provider; }
    }
}
