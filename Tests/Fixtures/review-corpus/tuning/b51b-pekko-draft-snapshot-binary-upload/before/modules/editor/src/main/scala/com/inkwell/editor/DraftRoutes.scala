package com.inkwell.editor

import com.github.pjfanning.pekkohttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._
import org.apache.pekko.http.scaladsl.model.StatusCodes
import org.apache.pekko.http.scaladsl.server.Directives._
import org.apache.pekko.http.scaladsl.server.Route

import scala.concurrent.ExecutionContext

final class DraftRoutes(drafts: DraftRepository, auth: AuthDirectives)(implicit ec: ExecutionContext) {

  val routes: Route =
    pathPrefix("drafts" / JavaUUID) { draftId =>
      auth.requireUser { user =>
        concat(
          pathEndOrSingleSlash {
            get {
              onSuccess(drafts.load(user.id, draftId)) {
                case Some(draft) => complete(draft)
                case None        => complete(StatusCodes.NotFound)
              }
            }
          },
          path("snapshot") {
            put {
              entity(as[DraftSnapshot]) { snapshot =>
                onSuccess(drafts.saveSnapshot(user.id, draftId, snapshot)) {
                  complete(StatusCodes.NoContent)
                }
              }
            }
          }
        )
      }
    }
}
