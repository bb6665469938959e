package controllers.auth

import java.net.{URI, URISyntaxException}
import javax.inject.Inject

import scala.concurrent.ExecutionContext

import play.api.Logging
import play.api.mvc._
import services.sso.{OidcClient, SsoIdentity}
import services.users.UserDirectory

class SsoCallbackController @Inject() (
    val controllerComponents: ControllerComponents,
    oidc: OidcClient,
    users: UserDirectory
)(implicit ec: ExecutionContext)
    extends BaseController
    with Logging {

  def callback(code: String, state: String): Action[AnyContent] = Action.async { implicit request =>
    val expectedState = request.session.get("sso_state")
    if (!expectedState.contains(state)) {
      scala.concurrent.Future.successful(Forbidden("state mismatch"))
    } else {
      for {
        identity <- oidc.exchange(code)
        user     <- users.upsert(identity)
      } yield {
        logger.info(s"sso login user=${user.id}")
        val target = request.session.get("sso_return_to").flatMap(localPath)
        Redirect(target.getOrElse(controllers.routes.HomeController.index().url))
          .withNewSession
          .withSession("user" -> user.id.toString)
      }
    }
  }

  /** Only same-site relative paths: "/reports?x=1" yes; "//evil", "/\\evil", "https://..." no. */
  private def localPath(raw: String): Option[String] =
    if (!raw.startsWith("/") || raw.startsWith("//") || raw.exists(c => c == '\\' || c.isControl)) None
    else
      try {
        val uri = new URI(raw)
        if (uri.getScheme == null && uri.getRawAuthority == null) Some(raw) else None
      } catch { case _: URISyntaxException => None }
}
