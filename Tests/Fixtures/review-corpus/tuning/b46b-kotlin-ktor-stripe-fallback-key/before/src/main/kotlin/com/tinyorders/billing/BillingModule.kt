package com.tinyorders.billing

import com.stripe.Stripe
import com.stripe.model.checkout.Session
import com.stripe.param.checkout.SessionCreateParams
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.billingModule() {
    val cfg = environment.config
    Stripe.apiKey = cfg.property("stripe.secretKey").getString()
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
