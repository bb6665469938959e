package com.quillstack.preview

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model.{HttpRequest, StatusCodes}
import akka.http.scaladsl.unmarshalling.Unmarshal
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import scala.concurrent.{ExecutionContext, Future}

final case class Preview(url: String, title: Option[String], description: Option[String], image: Option[String])

class PreviewRoutes(cache: PreviewCache)(implicit system: ActorSystem[_]) {
  private implicit val ec: ExecutionContext = system.executionContext

  val routes: Route =
    pathPrefix("api" / "previews") {
      (pathEnd & get & parameter("url")) { url =>
        onSuccess(fetch(url))(preview => complete(preview))
      } ~
      path(Segment) { id =>
        get {
          onSuccess(cache.get(id)) {
            case Some(preview) => complete(preview)
            case None          => complete(StatusCodes.NotFound)
          }
        }
      }
    }

  private def fetch(url: String): Future[Preview] =
    Http()
      .singleRequest(HttpRequest(uri = url))
      .flatMap(resp => Unmarshal(resp.entity).to[String])
      .map(html => OpenGraph.parse(url, html))
}
