package com.saltmarsh.payments.config

import com.typesafe.config.Config

final case class StripeSettings(secretKey: String, apiVersion: String, timeoutMillis: Int)

object StripeSettings {

  /** Reads `stripe.*` from application.conf; `secret-key` resolves to ${?STRIPE_SECRET_KEY}, set by the deploy. */
  def load(config: Config): StripeSettings = {
    val c = config.getConfig("stripe")
    StripeSettings(
      secretKey = c.getString("secret-key"),
      apiVersion = c.getString("api-version"),
      timeoutMillis = c.getInt("timeout-millis")
    )
  }
}
