package controllers

import javax.inject._
import play.api.libs.json._
import play.api.mvc._
import services.WorkspaceService

import scala.concurrent.{ExecutionContext, Future}

@Singleton
class WorkspaceImportController @Inject() (cc: ControllerComponents, workspaces: WorkspaceService)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  def importSnapshot(id: Long): Action[JsValue] = Action.async(parse.json) { request =>
    request.body.validate[models.WorkspaceSnapshot] match {
      case JsSuccess(snapshot, _) =>
        workspaces.restore(id, snapshot).map(_ => NoContent)
      case JsError(errors) =>
        Future.successful(BadRequest(JsError.toJson(errors)))
    }
  }
}