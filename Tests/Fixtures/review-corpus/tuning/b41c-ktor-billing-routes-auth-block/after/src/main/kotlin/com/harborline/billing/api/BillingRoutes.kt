package com.harborline.billing.api

import io.ktor.http.CacheControl
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.cacheControl
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route

fun Route.billingApi(billing: BillingService) {
    route("/billing") {
        // Marketing site renders the pricing table from this; no account involved.
        get("/plans") {
            call.response.cacheControl(CacheControl.MaxAge(maxAgeSeconds = 300))
            call.respond(billing.publicPlans())
        }

        authenticate("session") {
            invoiceRoutes(billing)
            paymentMethodRoutes(billing)
        }
    }
}

private val io.ktor.server.application.ApplicationCall.session: UserSession
    get() = principal<UserSession>() ?: error("billing route mounted outside authenticate(\"session\")")

private fun Route.invoiceRoutes(billing: BillingService) {
    get("/invoices") {
        call.respond(billing.invoicesFor(call.session.accountId))
    }
    get("/invoices/{id}/pdf") {
        val id = call.parameters["id"]?.toLongOrNull() ?: return@get call.respond(HttpStatusCode.BadRequest)
        val pdf = billing.invoicePdf(call.session.accountId, id) ?: return@get call.respond(HttpStatusCode.NotFound)
        call.respond(pdf)
    }
}

private fun Route.paymentMethodRoutes(billing: BillingService) {
    post("/payment-methods") {
        val req = call.receive<AddPaymentMethodRequest>()
        call.respond(HttpStatusCode.Created, billing.addPaymentMethod(call.session.accountId, req))
    }
    delete("/payment-methods/{id}") {
        billing.removePaymentMethod(call.session.accountId, call.parameters["id"]!!)
        call.respond(HttpStatusCode.NoContent)
    }
}
