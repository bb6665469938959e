package com.inkwell.editor

import com.github.pjfanning.pekkohttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._
import org.apache.pekko.http.scaladsl.model.StatusCodes
import org.apache.pekko.http.scaladsl.server.Directives._
import org.apache.pekko.http.scaladsl.server.Route
import org.apache.pekko.util.ByteString

import java.io.{ByteArrayInputStream, ObjectInputStream}
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
              // Desktop client 4.x uploads the editor state as a serialized DraftSnapshot,
              // which is ~10x smaller than the JSON form for long documents.
              entity(as[ByteString]) { bytes =>
                val snapshot = readSnapshot(bytes)
                onSuccess(drafts.saveSnapshot(user.id, draftId, snapshot)) {
                  complete(StatusCodes.NoContent)
                }
              }
            }
          }
        )
      }
    }

  private def readSnapshot(bytes: ByteString): DraftSnapshot = {
    val in = new ObjectInputStream(new ByteArrayInputStream(bytes.toArrayUnsafe()))
    try in.readObject().asInstanceOf[DraftSnapshot]
    finally in.close()
  }
}
