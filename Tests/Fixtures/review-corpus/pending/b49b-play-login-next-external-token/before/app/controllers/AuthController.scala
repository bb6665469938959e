package controllers

import javax.inject._
import play.api.mvc._
import services.{AuthService, SessionTokens}

import scala.concurrent.ExecutionContext

@Singleton
class AuthController @Inject() (
    cc: ControllerComponents,
    auth: AuthService,
    tokens: SessionTokens
)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  private val DefaultLanding = routes.DashboardController.index().url

  private def isLocal(target: String): Boolean =
    target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")

  def login: Action[AnyContent] = Action.async { implicit request =>
    val form     = request.body.asFormUrlEncoded.getOrElse(Map.empty)
    val email    = form.get("email").flatMap(_.headOption).getOrElse("")
    val password = form.get("password").flatMap(_.headOption).getOrElse("")
    val next     = request.getQueryString("next").filter(isLocal).getOrElse(DefaultLanding)

    auth.authenticate(email, password).map {
      case Some(user) =>
        Redirect(next).withSession("uid" -> user.id.toString, "csrfSalt" -> tokens.salt())
      case None =>
        Redirect(routes.AuthController.loginPage(Some(next)))
          .flashing("error" -> "Invalid email or password")
    }
  }
}
