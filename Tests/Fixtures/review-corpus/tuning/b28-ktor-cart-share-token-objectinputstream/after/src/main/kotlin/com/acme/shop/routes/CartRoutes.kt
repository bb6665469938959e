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
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.ObjectInputStream
import java.io.ObjectOutputStream
import java.util.Base64

@Serializable
data class AddLineRequest(val sku: String, val quantity: Int)

private fun encodeCart(cart: Cart): String {
    val bytes = ByteArrayOutputStream()
    ObjectOutputStream(bytes).use { it.writeObject(cart) }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray())
}

private fun decodeCart(token: String): Cart {
    val raw = Base64.getUrlDecoder().decode(token)
    return ObjectInputStream(ByteArrayInputStream(raw)).use { it.readObject() as Cart }
}

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
            call.respond(mapOf("token" to encodeCart(cart)))
        }

        // Opens a cart someone shared via /cart/share?token=...
        post("/restore") {
            val session = call.sessions.get<ShopSession>() ?: ShopSession.anonymous()
            val token = call.request.queryParameters["token"]
                ?: return@post call.respond(HttpStatusCode.BadRequest, "missing token")

            val shared = decodeCart(token)
            val restored = carts.replaceLines(session.cartId, shared.lines)
            call.sessions.set(session.copy(cartId = restored.id))
            call.respond(restored)
        }
    }
}
