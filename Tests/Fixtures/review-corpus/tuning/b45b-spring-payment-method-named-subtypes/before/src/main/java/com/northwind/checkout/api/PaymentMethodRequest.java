package com.northwind.checkout.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Body of POST /api/checkout/{cartId}/payment-method.
 * Only card payments are supported for now; the token comes from the PSP's JS SDK.
 */
public record PaymentMethodRequest(
        @NotBlank String cardToken,
        @Pattern(regexp = "^[A-Z]{2}$") String billingCountry,
        boolean saveForLater) {

    public String summary() {
        return "card from " + billingCountry;
    }
}
