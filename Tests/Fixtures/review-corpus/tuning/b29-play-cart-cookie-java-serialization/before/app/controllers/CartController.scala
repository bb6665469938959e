package controllers

import javax.inject._
import scala.concurrent.{ExecutionContext, Future}

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

  private def readCart(request: RequestHeader): Cart =
    request.session
      .get(CartKey)
      .flatMap(raw => Json.parse(raw).validate[Cart].asOpt)
      .getOrElse(Cart.empty)

  private def writeCart(result: Result, cart: Cart)(implicit request: RequestHeader): Result =
    result.addingToSession(CartKey -> Json.stringify(Json.toJson(cart)))

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
    Ok.removingFromSession(CartKey)
  }
}
