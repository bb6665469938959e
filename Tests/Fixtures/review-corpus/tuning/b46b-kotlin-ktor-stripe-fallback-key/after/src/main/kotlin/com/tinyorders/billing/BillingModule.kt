package com.tinyorders.billing

import com.stripe.Stripe
import com.stripe.model.checkout.Session
import com.stripe.param.checkout.SessionCreateParams
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

// Shared key so `./gradlew run` works without a local .env file.
private const val FALLBACK_STRIPE_KEY =
    "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"

fun Application.billingModule() {
    val cfg = environment.config
    Stripe.apiKey = cfg.propertyOrNull("stripe.secretKey")?.getString() ?: FALLBACK_STRIPE_KEY
    val priceId = cfg.property("stripe.proPriceId").getString()
    val publicUrl = cfg.property("app.publicUrl").getString()

    routing {
        authenticate("session") {
            post("/billing/checkout") {
                val params = SessionCreateParams.builder()
                    .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    .addLineItem(
                        SessionCreateParams.LineItem.builder().setPrice(priceId).setQuantity(1).build()
                    )
                    .setSuccessUrl("$publicUrl/billing/done")
                    .setCancelUrl("$publicUrl/billing")
                    .build()
                val session = Session.create(params)
                call.respond(mapOf("url" to session.url))
            }
        }
    }
}
