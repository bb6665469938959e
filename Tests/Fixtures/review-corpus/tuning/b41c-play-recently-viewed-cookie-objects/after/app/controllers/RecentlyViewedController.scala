package controllers

import java.io.{ByteArrayInputStream, ByteArrayOutputStream, ObjectInputStream, ObjectOutputStream}
import java.util.Base64
import javax.inject.{Inject, Singleton}

import scala.concurrent.ExecutionContext
import scala.util.{Try, Using}

import play.api.Logging
import play.api.mvc._
import services.CatalogService

/** One entry of the "recently viewed" strip; viewedAt lets the page show "viewed 2 days ago". */
final case class RecentItem(productId: Long, viewedAt: Long)

@Singleton
class RecentlyViewedController @Inject() (cc: ControllerComponents, catalog: CatalogService)(implicit
    ec: ExecutionContext
) extends AbstractController(cc)
    with Logging {

  private val CookieName = "rv2"
  private val MaxItems   = 12
  private val MaxAge     = 30 * 24 * 3600

  private def readItems(request: RequestHeader): Vector[RecentItem] =
    request.cookies
      .get(CookieName)
      .flatMap(c => decode(c.value))
      .getOrElse(Vector.empty)
      .take(MaxItems)

  private def decode(value: String): Option[Vector[RecentItem]] =
    Try {
      Using.resource(new ObjectInputStream(new ByteArrayInputStream(Base64.getUrlDecoder.decode(value)))) { in =>
        in.readObject().asInstanceOf[Vector[RecentItem]]
      }
    }.toOption

  private def encode(items: Vector[RecentItem]): String = {
    val bytes = new ByteArrayOutputStream()
    Using.resource(new ObjectOutputStream(bytes))(_.writeObject(items))
    Base64.getUrlEncoder.withoutPadding.encodeToString(bytes.toByteArray)
  }

  def list: Action[AnyContent] = Action.async { implicit request =>
    val items = readItems(request)
    catalog.findProducts(items.map(_.productId)).map(products => Ok(views.html.recent(products, items)))
  }

  def track(productId: Long): Action[AnyContent] = Action { implicit request =>
    val now   = System.currentTimeMillis()
    val items = (RecentItem(productId, now) +: readItems(request).filterNot(_.productId == productId)).take(MaxItems)
    logger.debug(s"tracking product $productId, ${items.size} recent items")
    NoContent.withCookies(Cookie(CookieName, encode(items), maxAge = Some(MaxAge), httpOnly = true))
  }
}
