package controllers

import java.net.URI
import javax.inject.{Inject, Singleton}

import scala.concurrent.duration._
import scala.concurrent.{ExecutionContext, Future}
import scala.util.Try

import play.api.Logging
import play.api.libs.json._
import play.api.libs.ws.WSClient
import play.api.mvc._

import actions.AuthenticatedAction
import services.preview.{OEmbed, OpenGraph, PreviewCache}

@Singleton
class LinkPreviewController @Inject() (
    cc: ControllerComponents,
    authenticated: AuthenticatedAction,
    ws: WSClient,
    cache: PreviewCache
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with Logging {

  private val providers: Map[String, String] = Map(
    "www.youtube.com" -> "https://www.youtube.com/oembed",
    "youtu.be"        -> "https://www.youtube.com/oembed",
    "vimeo.com"       -> "https://vimeo.com/api/oembed.json",
    "twitter.com"     -> "https://publish.twitter.com/oembed",
    "open.spotify.com" -> "https://open.spotify.com/oembed"
  )

  private case class PreviewRequest(url: String)
  private implicit val previewRequestReads: Reads[PreviewRequest] = Json.reads[PreviewRequest]

  def preview: Action[JsValue] = authenticated.async(parse.json) { request =>
    request.body.validate[PreviewRequest] match {
      case JsError(errors) =>
        Future.successful(BadRequest(JsError.toJson(errors)))

      case JsSuccess(PreviewRequest(target), _) =>
        val host = Try(new URI(target).getHost).toOption.flatMap(Option(_)).map(_.toLowerCase)

        cache.get(target).flatMap {
          case Some(cached) => Future.successful(Ok(cached))
          case None =>
            host.flatMap(providers.get) match {
              case Some(endpoint) =>
                ws.url(endpoint)
                  .addQueryStringParameters("url" -> target, "format" -> "json")
                  .withRequestTimeout(5.seconds)
                  .get()
                  .flatMap { resp =>
                    val body = OEmbed.normalise(resp.json)
                    cache.put(target, body).map(_ => Ok(body))
                  }
              case None =>
                // no oEmbed provider: fall back to scraping OpenGraph tags from the page itself
                ws.url(target)
                  .withFollowRedirects(true)
                  .withRequestTimeout(5.seconds)
                  .get()
                  .flatMap { resp =>
                    val body = OpenGraph.parse(resp.body)
                    cache.put(target, body).map(_ => Ok(body))
                  }
            }
        }
    }
  }

  def invalidate: Action[JsValue] = authenticated.async(parse.json) { request =>
    (request.body \ "url").asOpt[String] match {
      case Some(url) if request.user.isStaff => cache.remove(url).map(_ => NoContent)
      case Some(_)                            => Future.successful(Forbidden)
      case None                               => Future.successful(BadRequest("url is required"))
    }
  }
}
