package com.saltmarsh.payments.config

import com.typesafe.config.Config

final case class StripeSettings(
    secretKey: String,
    webhookSecret: String,
    apiVersion: String,
    timeoutMillis: Int
)

object StripeSettings {

  /** Reads `stripe.*` from application.conf; `secret-key` resolves to ${?STRIPE_SECRET_KEY}, set by the deploy. */
  def load(config: Config, environment: String): StripeSettings = {
    val c = config.getConfig("stripe")
    val secretKey = c.getString("secret-key")
    val webhookSecret = sys.env.getOrElse(
      "STRIPE_WEBHOOK_SECRET",
      throw new IllegalStateException("STRIPE_WEBHOOK_SECRET is not set")
    )
    if (environment == "production")
      require(secretKey.startsWith("sk_live_"), "production must be configured with a live-mode Stripe key")
    StripeSettings(
      secretKey = secretKey,
      webhookSecret = webhookSecret,
      apiVersion = c.getString("api-version"),
      timeoutMillis = c.getInt("timeout-millis")
    )
  }
}
