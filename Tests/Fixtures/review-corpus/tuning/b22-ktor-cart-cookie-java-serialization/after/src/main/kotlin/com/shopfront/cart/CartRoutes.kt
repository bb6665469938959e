package com.shopfront.cart

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.util.decodeBase64Bytes
import io.ktor.util.encodeBase64
import kotlinx.serialization.Serializable
import kotlinx.serialization.decodeFromString
import kotlinx.serialization.encodeToString
import kotlinx.serialization.json.Json
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.ObjectInputStream
import java.io.ObjectOutputStream
import java.io.Serializable as JavaSerializable

// Java-serializable as well so gift options and bundle lines survive the cookie round trip.
@Serializable
data class CartLine(val sku: String, val quantity: Int, val options: Map<String, String> = emptyMap()) : JavaSerializable

@Serializable
data class Cart(val lines: List<CartLine> = emptyList()) : JavaSerializable

@Serializable
data class AddLineRequest(val sku: String, val quantity: Int = 1)

private const val CART_COOKIE = "sf_cart"
private val cartJson = Json { ignoreUnknownKeys = true }

fun Route.cartRoutes(catalog: Catalog) {
    route("/cart") {
        get {
            val cart = call.readCart()
            call.respond(catalog.price(cart))
        }

        post("/lines") {
            val req = call.receive<AddLineRequest>()
            if (req.quantity !in 1..99 || catalog.find(req.sku) == null) {
                call.respond(HttpStatusCode.BadRequest)
                return@post
            }
            val cart = call.readCart()
            val merged = cart.lines.filterNot { it.sku == req.sku } + CartLine(req.sku, req.quantity)
            val updated = Cart(merged)
            call.writeCart(updated)
            call.respond(catalog.price(updated))
        }

        delete("/lines/{sku}") {
            val sku = call.parameters["sku"] ?: return@delete call.respond(HttpStatusCode.BadRequest)
            val updated = Cart(call.readCart().lines.filterNot { it.sku == sku })
            call.writeCart(updated)
            call.respond(catalog.price(updated))
        }
    }
}

private fun ApplicationCall.readCart(): Cart {
    val raw = request.cookies[CART_COOKIE] ?: return Cart()
    val bytes = runCatching { raw.decodeBase64Bytes() }.getOrNull() ?: return Cart()
    return runCatching {
        ObjectInputStream(ByteArrayInputStream(bytes)).use { it.readObject() as Cart }
    }.getOrElse { Cart() }
}

private fun ApplicationCall.writeCart(cart: Cart) {
    val buffer = ByteArrayOutputStream()
    ObjectOutputStream(buffer).use { it.writeObject(cart) }
    val encoded = buffer.toByteArray().encodeBase64()
    response.cookies.append(CART_COOKIE, encoded, path = "/", httpOnly = true, maxAge = 60L * 60 * 24 * 30)
}
