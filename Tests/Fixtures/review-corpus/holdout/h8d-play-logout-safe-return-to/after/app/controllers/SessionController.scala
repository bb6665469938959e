package controllers

import java.net.URI
import javax.inject.{Inject, Singleton}

import scala.concurrent.ExecutionContext
import scala.util.Try

import play.api.mvc._
import services.AuthService

@Singleton
class SessionController @Inject() (cc: ControllerComponents, auth: AuthService)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  /** Only same-site absolute paths; anything else goes home. */
  private def safeReturnTo(raw: Option[String]): String =
    raw
      .filter(r => r.startsWith("/") && !r.startsWith("//") && !r.contains('\\'))
      .filter(r => Try(new URI(r)).toOption.exists(u => u.getScheme == null && u.getRawAuthority == null))
      .getOrElse(routes.HomeController.index().url)

  def login: Action[Map[String, Seq[String]]] = Action.async(parse.formUrlEncoded) { implicit request =>
    val email    = request.body.get("email").flatMap(_.headOption).getOrElse("")
    val password = request.body.get("password").flatMap(_.headOption).getOrElse("")
    auth.verify(email, password).map {
      case Some(userId) =>
        Redirect(safeReturnTo(request.getQueryString("returnTo"))).withSession("uid" -> userId)
      case None =>
        Redirect(routes.SessionController.loginPage()).flashing("error" -> "Invalid email or password")
    }
  }

  def loginPage: Action[AnyContent] = Action { implicit request =>
    Ok(views.html.session.login(request.flash.get("error")))
  }

  def logout: Action[AnyContent] = Action { implicit request =>
    Redirect(safeReturnTo(request.getQueryString("returnTo"))).withNewSession
  }
}
