package controllers

import java.util.Base64

import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}
import scala.util.Try

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

  private val MaxSharedLayoutChars = 16 * 1024

  /** Share links carry the layout as ?layout=<base64url(JSON)>. */
  private def decodeShared(blob: String): Either[String, DashboardLayout] =
    for {
      _     <- Either.cond(blob.length <= MaxSharedLayoutChars, (), "layout too large")
      bytes <- Try(Base64.getUrlDecoder.decode(blob)).toEither.left.map(_ => "bad encoding")
      json  <- Try(Json.parse(bytes)).toEither.left.map(_ => "bad json")
      ly    <- json.validate[DashboardLayout].asEither.left.map(_ => "not a layout")
    } yield ly

  def show: Action[AnyContent] = authed.async { request =>
    layouts.forUser(request.user.id).map { layout =>
      Ok(views.html.dashboard(layout.getOrElse(DashboardLayout.default)))
    }
  }

  def preview(layout: String): Action[AnyContent] = authed { _ =>
    decodeShared(layout) match {
      case Right(ly)   => Ok(views.html.dashboard(ly))
      case Left(error) => BadRequest(error)
    }
  }

  def save: Action[JsValue] = authed.async(parse.json(maxLength = 64 * 1024)) { request =>
    request.body.validate[DashboardLayout] match {
      case JsSuccess(layout, _) => layouts.save(request.user.id, layout).map(_ => NoContent)
      case JsError(errors)      => Future.successful(BadRequest(JsError.toJson(errors)))
    }
  }
}
