package controllers.auth

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
        Redirect(controllers.routes.HomeController.index())
          .withNewSession
          .withSession("user" -> user.id.toString)
      }
    }
  }
}
