package com.quillstack.preview

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.model.StatusCodes
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import scala.concurrent.ExecutionContext

final case class Preview(url: String, title: Option[String], description: Option[String], image: Option[String])

class PreviewRoutes(cache: PreviewCache)(implicit system: ActorSystem[_]) {
  private implicit val ec: ExecutionContext = system.executionContext

  val routes: Route =
    pathPrefix("api" / "previews") {
      path(Segment) { id =>
        get {
          onSuccess(cache.get(id)) {
            case Some(preview) => complete(preview)
            case None          => complete(StatusCodes.NotFound)
          }
        }
      }
    }
}
