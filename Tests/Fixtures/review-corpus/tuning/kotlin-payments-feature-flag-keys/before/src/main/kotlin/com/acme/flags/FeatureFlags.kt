package com.acme.flags

/**
 * Keys of the flags defined in LaunchDarkly for the payments service.
 * Keep in sync with the flag definitions in infra/flags/payments.yaml.
 */
object FeatureFlags {
    const val NEW_CHECKOUT_FLOW = "payments.new-checkout-flow"
    const val SEPA_DIRECT_DEBIT = "payments.sepa-direct-debit"
    const val RETRY_FAILED_WEBHOOKS = "payments.retry-failed-webhooks"

    val all = listOf(
        NEW_CHECKOUT_FLOW,
        SEPA_DIRECT_DEBIT,
        RETRY_FAILED_WEBHOOKS,
    )
}
