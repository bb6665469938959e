package controllers

import javax.inject._
import play.api.libs.json._
import play.api.mvc._

import models.{Cart, CartLine}
import services.CatalogService

@Singleton
class CartController @Inject() (cc: ControllerComponents, catalog: CatalogService)
    extends AbstractController(cc) {

  private val CookieName = "cart"
  private implicit val lineFormat: OFormat[CartLine] = Json.format[CartLine]
  private implicit val cartFormat: OFormat[Cart] = Json.format[Cart]

  private def readCart(request: RequestHeader): Cart =
    request.cookies.get(CookieName)
      .flatMap(c => Json.parse(c.value).asOpt[Cart])
      .getOrElse(Cart.empty)

  private def encode(cart: Cart): String = Json.stringify(Json.toJson(cart))

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
