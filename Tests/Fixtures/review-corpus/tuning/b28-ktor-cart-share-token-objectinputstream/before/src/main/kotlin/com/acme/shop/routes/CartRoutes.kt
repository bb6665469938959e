package com.acme.shop.routes

import com.acme.shop.cart.Cart
import com.acme.shop.cart.CartLine
import com.acme.shop.cart.CartService
import com.acme.shop.session.ShopSession
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.server.sessions.get
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set
import kotlinx.serialization.Serializable

@Serializable
data class AddLineRequest(val sku: String, val quantity: Int)

fun Route.cartRoutes(carts: CartService) {
    route("/cart") {
        get {
            val session = call.sessions.get<ShopSession>() ?: ShopSession.anonymous()
            call.respond(carts.load(session.cartId))
        }

        post("/lines") {
            val session = call.sessions.get<ShopSession>() ?: ShopSession.anonymous()
            val req = call.receive<AddLineRequest>()
            if (req.quantity !in 1..99) {
                call.respond(HttpStatusCode.BadRequest, "quantity must be between 1 and 99")
                return@post
            }
            val cart = carts.addLine(session.cartId, CartLine(req.sku, req.quantity))
            call.sessions.set(session.copy(cartId = cart.id))
            call.respond(cart)
        }

        delete("/lines/{sku}") {
            val session = call.sessions.get<ShopSession>() ?: return@delete call.respond(HttpStatusCode.NotFound)
            val sku = call.parameters["sku"] ?: return@delete call.respond(HttpStatusCode.BadRequest)
            call.respond(carts.removeLine(session.cartId, sku))
        }

        get("/share") {
            val session = call.sessions.get<ShopSession>() ?: return@get call.respond(HttpStatusCode.NotFound)
            val cart = carts.load(session.cartId)
            call.respond(mapOf("lines" to cart.lines.map { it.sku to it.quantity }))
        }
    }
}
