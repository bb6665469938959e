package com.acme.flags

/**
 * Keys of the flags defined in LaunchDarkly for the payments service.
 * Keep in sync with the flag definitions in infra/flags/payments.yaml.
 */
object FeatureFlags {
    const val NEW_CHECKOUT_FLOW = "payments.new-checkout-flow"
    const val SEPA_DIRECT_DEBIT = "payments.sepa-direct-debit"
    const val RETRY_FAILED_WEBHOOKS = "payments.retry-failed-webhooks"
    const val ROTATE_WEBHOOK_SECRET = "payments.rotate-webhook-secret"
    const val API_KEY_V2_FORMAT = "payments.api-key-v2-format"
    const val PASSWORDLESS_LOGIN = "payments.passwordless-login"

    val all = listOf(
        NEW_CHECKOUT_FLOW,
        SEPA_DIRECT_DEBIT,
        RETRY_FAILED_WEBHOOKS,
        ROTATE_WEBHOOK_SECRET,
        API_KEY_V2_FORMAT,
        PASSWORDLESS_LOGIN,
    )
}
