package com.quillstack.embed

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model.{HttpRequest, Uri}
import akka.http.scaladsl.unmarshalling.Unmarshal
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import scala.concurrent.{ExecutionContext, Future}

final case class Embed(html: String, width: Option[Int], height: Option[Int], provider_name: Option[String])

class OEmbedClient(implicit system: ActorSystem[_]) {
  private implicit val ec: ExecutionContext = system.executionContext

  private val providers: Map[String, Uri] = Map(
    "www.youtube.com" -> Uri("https://www.youtube.com/oembed"),
    "youtu.be"        -> Uri("https://www.youtube.com/oembed"),
    "vimeo.com"       -> Uri("https://vimeo.com/api/oembed.json"),
    "open.spotify.com" -> Uri("https://open.spotify.com/oembed"),
    "soundcloud.com"  -> Uri("https://soundcloud.com/oembed")
  )

  def embed(pageUrl: String): Future[Option[Embed]] = {
    val host = Uri(pageUrl).authority.host.address
    providers.get(host) match {
      case None => Future.successful(None)
      case Some(endpoint) =>
        val req = HttpRequest(uri = endpoint.withQuery(Uri.Query("url" -> pageUrl, "format" -> "json")))
        Http().singleRequest(req).flatMap(r => Unmarshal(r.entity).to[Embed]).map(Some(_))
    }
  }
}
