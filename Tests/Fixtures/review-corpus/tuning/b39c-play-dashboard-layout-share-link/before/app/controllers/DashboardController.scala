package controllers

import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}

import play.api.libs.json._
import play.api.mvc._

import models.{DashboardLayout, Widget}
import services.LayoutStore

@Singleton
class DashboardController @Inject() (
    cc: ControllerComponents,
    authed: AuthenticatedAction,
    layouts: LayoutStore
)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  private implicit val widgetFormat: OFormat[Widget]          = Json.format[Widget]
  private implicit val layoutFormat: OFormat[DashboardLayout] = Json.format[DashboardLayout]

  def show: Action[AnyContent] = authed.async { request =>
    layouts.forUser(request.user.id).map { layout =>
      Ok(views.html.dashboard(layout.getOrElse(DashboardLayout.default)))
    }
  }

  def save: Action[JsValue] = authed.async(parse.json(maxLength = 64 * 1024)) { request =>
    request.body.validate[DashboardLayout] match {
      case JsSuccess(layout, _) => layouts.save(request.user.id, layout).map(_ => NoContent)
      case JsError(errors)      => Future.successful(BadRequest(JsError.toJson(errors)))
    }
  }
}
