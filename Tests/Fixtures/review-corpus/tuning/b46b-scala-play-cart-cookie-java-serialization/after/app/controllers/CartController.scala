package controllers

import java.io.{ByteArrayInputStream, ByteArrayOutputStream, ObjectInputStream, ObjectOutputStream}
import java.util.Base64
import javax.inject._
import scala.util.Try
import play.api.mvc._

import models.{Cart, CartLine}
import services.CatalogService

@Singleton
class CartController @Inject() (cc: ControllerComponents, catalog: CatalogService)
    extends AbstractController(cc) {

  private val CookieName = "cart"
  // Cart and its Money/Line types are Serializable; avoids hand-maintaining Json formats.
  private def readCart(request: RequestHeader): Cart =
    request.cookies.get(CookieName).flatMap { c =>
      Try {
        val in = new ObjectInputStream(new ByteArrayInputStream(Base64.getUrlDecoder.decode(c.value)))
        try in.readObject().asInstanceOf[Cart] finally in.close()
      }.toOption
    }.getOrElse(Cart.empty)

  private def encode(cart: Cart): String = {
    val bytes = new ByteArrayOutputStream()
    val out = new ObjectOutputStream(bytes)
    try out.writeObject(cart) finally out.close()
    Base64.getUrlEncoder.withoutPadding.encodeToString(bytes.toByteArray)
  }

  def show = Action { implicit request =>
    val cart = readCart(request)
    Ok(views.html.cart(cart, catalog.priceAll(cart)))
  }

  def add(sku: String, qty: Int) = Action { implicit request =>
    val cart = readCart(request).add(sku, qty)
    Redirect(routes.CartController.show)
      .withCookies(Cookie(CookieName, encode(cart), httpOnly = true))
  }
}
