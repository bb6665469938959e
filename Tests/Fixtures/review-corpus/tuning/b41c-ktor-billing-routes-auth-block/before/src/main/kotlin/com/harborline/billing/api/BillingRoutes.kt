package com.harborline.billing.api

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route

fun Route.billingApi(billing: BillingService) {
    route("/billing") {
        invoiceRoutes(billing)
        paymentMethodRoutes(billing)
    }
}

private fun Route.invoiceRoutes(billing: BillingService) {
    authenticate("session") {
        get("/invoices") {
            val user = call.principal<UserSession>()!!
            call.respond(billing.invoicesFor(user.accountId))
        }
        get("/invoices/{id}/pdf") {
            val user = call.principal<UserSession>()!!
            val id = call.parameters["id"]!!.toLong()
            val pdf = billing.invoicePdf(user.accountId, id) ?: return@get call.respond(HttpStatusCode.NotFound)
            call.respond(pdf)
        }
    }
}

private fun Route.paymentMethodRoutes(billing: BillingService) {
    authenticate("session") {
        post("/payment-methods") {
            val user = call.principal<UserSession>()!!
            val req = call.receive<AddPaymentMethodRequest>()
            call.respond(HttpStatusCode.Created, billing.addPaymentMethod(user.accountId, req))
        }
        delete("/payment-methods/{id}") {
            val user = call.principal<UserSession>()!!
            billing.removePaymentMethod(user.accountId, call.parameters["id"]!!)
            call.respond(HttpStatusCode.NoContent)
        }
    }
}
