package controllers

import java.io.{ByteArrayInputStream, ObjectInputStream}
import javax.inject._
import play.api.mvc._
import services.WorkspaceService

import scala.concurrent.{ExecutionContext, Future}
import scala.util.Using

@Singleton
class WorkspaceImportController @Inject() (cc: ControllerComponents, workspaces: WorkspaceService)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  // Snapshots are now exported by the desktop client as serialized Scala objects, which
  // keeps them byte-compatible with the in-memory model.
  def importSnapshot(id: Long): Action[RawBuffer] = Action.async(parse.raw(maxLength = 50L * 1024 * 1024)) { request =>
    request.body.asBytes() match {
      case Some(bytes) =>
        val snapshot = Using.resource(new ObjectInputStream(new ByteArrayInputStream(bytes.toArray))) { in =>
          in.readObject().asInstanceOf[models.WorkspaceSnapshot]
        }
        workspaces.restore(id, snapshot).map(_ => NoContent)
      case None =>
        Future.successful(BadRequest("empty snapshot"))
    }
  }
}