package controllers

import javax.inject.{Inject, Singleton}

import scala.concurrent.duration._
import scala.concurrent.{ExecutionContext, Future}

import play.api.Logging
import play.api.libs.json.{Json, OFormat}
import play.api.libs.ws.WSClient
import play.api.mvc.{AbstractController, Action, ControllerComponents}

import actions.AuthenticatedAction

final case class PreviewRequest(url: String)
final case class LinkPreview(url: String, title: Option[String], description: Option[String], image: Option[String])

object LinkPreview {
  implicit val requestFormat: OFormat[PreviewRequest] = Json.format[PreviewRequest]
  implicit val previewFormat: OFormat[LinkPreview] = Json.format[LinkPreview]
}

/** Unfurls links pasted into the message composer. */
@Singleton
class LinkPreviewController @Inject() (
    cc: ControllerComponents,
    authenticated: AuthenticatedAction,
    ws: WSClient
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with Logging {

  import LinkPreview._

  private val MetaTag = """<meta\s+(?:property|name)="(og:[a-z]+|description)"\s+content="([^"]*)"""".r
  private val TitleTag = """(?is)<title>(.*?)</title>""".r

  def preview: Action[PreviewRequest] = authenticated.async(parse.json[PreviewRequest]) { request =>
    val target = request.body.url.trim

    ws.url(target)
      .withFollowRedirects(true)
      .withRequestTimeout(5.seconds)
      .addHttpHeaders("User-Agent" -> "ChatUnfurl/1.0")
      .get()
      .map { response =>
        val body = response.body.take(256 * 1024)
        val meta = MetaTag.findAllMatchIn(body).map(m => m.group(1) -> m.group(2)).toMap
        val title = meta.get("og:title").orElse(TitleTag.findFirstMatchIn(body).map(_.group(1).trim))
        Ok(Json.toJson(LinkPreview(target, title, meta.get("og:description").orElse(meta.get("description")), meta.get("og:image"))))
      }
      .recover { case e: Exception =>
        logger.info(s"preview failed for $target: ${e.getMessage}")
        Ok(Json.toJson(LinkPreview(target, None, None, None)))
      }
  }
}
