package controllers

import java.io.{ByteArrayInputStream, ByteArrayOutputStream, ObjectInputStream, ObjectOutputStream}
import java.util.Base64
import javax.inject._
import scala.concurrent.duration._
import scala.concurrent.{ExecutionContext, Future}
import scala.util.Try

import play.api.Logging
import play.api.libs.json._
import play.api.mvc._

import models.{Cart, CartLine}
import services.{CatalogService, PricingService}

@Singleton
class CartController @Inject() (
    cc: ControllerComponents,
    catalog: CatalogService,
    pricing: PricingService
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with Logging {

  private val CartKey = "cart"

  implicit val lineFormat: OFormat[CartLine] = Json.format[CartLine]
  implicit val cartFormat: OFormat[Cart] = Json.format[Cart]

  // Carts with promo bundles outgrew the 4 KB session cookie, so the cart now
  // lives in its own cookie in compact binary form (Cart and CartLine are
  // case classes, hence Serializable).
  private def readCart(request: RequestHeader): Cart =
    request.cookies
      .get(CartKey)
      .flatMap(cookie => decodeCart(cookie.value))
      .getOrElse(Cart.empty)

  private def decodeCart(value: String): Option[Cart] =
    Try {
      val in = new ObjectInputStream(new ByteArrayInputStream(Base64.getUrlDecoder.decode(value)))
      try in.readObject().asInstanceOf[Cart]
      finally in.close()
    }.toOption

  private def encodeCart(cart: Cart): String = {
    val bytes = new ByteArrayOutputStream()
    val out = new ObjectOutputStream(bytes)
    try out.writeObject(cart)
    finally out.close()
    Base64.getUrlEncoder.withoutPadding.encodeToString(bytes.toByteArray)
  }

  private def writeCart(result: Result, cart: Cart)(implicit request: RequestHeader): Result =
    result.withCookies(
      Cookie(CartKey, encodeCart(cart), maxAge = Some(30.days.toSeconds.toInt), httpOnly = true)
    )

  def show: Action[AnyContent] = Action.async { implicit request =>
    val cart = readCart(request)
    pricing.quote(cart).map(q => Ok(Json.obj("cart" -> cart, "quote" -> q)))
  }

  def add: Action[JsValue] = Action.async(parse.json) { implicit request =>
    (request.body \ "sku").validate[String] match {
      case JsSuccess(sku, _) =>
        val qty = (request.body \ "quantity").asOpt[Int].getOrElse(1).max(1).min(99)
        catalog.find(sku).map {
          case Some(product) =>
            val cart = readCart(request).add(CartLine(product.sku, qty, product.priceCents))
            writeCart(Ok(Json.toJson(cart)), cart)
          case None =>
            NotFound(Json.obj("error" -> "unknown sku"))
        }
      case JsError(_) =>
        Future.successful(BadRequest(Json.obj("error" -> "sku required")))
    }
  }

  def remove(sku: String): Action[AnyContent] = Action { implicit request =>
    val cart = readCart(request).remove(sku)
    writeCart(Ok(Json.toJson(cart)), cart)
  }

  def clear: Action[AnyContent] = Action { implicit request =>
    Ok.discardingCookies(DiscardingCookie(CartKey))
  }
}
