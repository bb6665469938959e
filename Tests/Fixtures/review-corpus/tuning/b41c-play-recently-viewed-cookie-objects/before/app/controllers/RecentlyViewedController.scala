package controllers

import javax.inject.{Inject, Singleton}

import scala.concurrent.ExecutionContext

import play.api.Logging
import play.api.mvc._
import services.CatalogService

@Singleton
class RecentlyViewedController @Inject() (cc: ControllerComponents, catalog: CatalogService)(implicit
    ec: ExecutionContext
) extends AbstractController(cc)
    with Logging {

  private val CookieName = "rv"
  private val MaxItems   = 12
  private val MaxAge     = 30 * 24 * 3600

  private def readIds(request: RequestHeader): Vector[Long] =
    request.cookies
      .get(CookieName)
      .map(_.value)
      .getOrElse("")
      .split(',')
      .iterator
      .flatMap(_.toLongOption)
      .take(MaxItems)
      .toVector

  def list: Action[AnyContent] = Action.async { implicit request =>
    catalog.findProducts(readIds(request)).map(products => Ok(views.html.recent(products)))
  }

  def track(productId: Long): Action[AnyContent] = Action { implicit request =>
    val ids = (productId +: readIds(request).filterNot(_ == productId)).take(MaxItems)
    logger.debug(s"tracking product $productId, ${ids.size} recent items")
    NoContent.withCookies(Cookie(CookieName, ids.mkString(","), maxAge = Some(MaxAge), httpOnly = true))
  }
}
