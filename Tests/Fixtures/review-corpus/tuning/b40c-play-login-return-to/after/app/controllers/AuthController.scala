package controllers

import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}

import play.api.data.Form
import play.api.data.Forms.{mapping, nonEmptyText}
import play.api.i18n.I18nSupport
import play.api.mvc.{AbstractController, Action, AnyContent, ControllerComponents, RequestHeader}
import services.AccountService

case class LoginData(email: String, password: String)

@Singleton
class AuthController @Inject() (
    cc: ControllerComponents,
    accounts: AccountService
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with I18nSupport {

  private val loginForm = Form(
    mapping("email" -> nonEmptyText, "password" -> nonEmptyText)(LoginData.apply)(LoginData.unapply)
  )

  def showLogin: Action[AnyContent] = Action { implicit request =>
    Ok(views.html.login(loginForm))
  }

  def login: Action[AnyContent] = Action.async { implicit request =>
    loginForm.bindFromRequest().fold(
      errors => Future.successful(BadRequest(views.html.login(errors))),
      data =>
        accounts.authenticate(data.email, data.password).map {
          case Some(account) =>
            Redirect(afterLogin(request))
              .withNewSession
              .withSession("uid" -> account.id.toString)
          case None =>
            Unauthorized(views.html.login(loginForm.withGlobalError("login.invalid")))
        }
    )
  }

  /** Send people back to the page that bounced them to login; only local paths. */
  private def afterLogin(request: RequestHeader): String =
    request
      .getQueryString("returnTo")
      .filter(_.startsWith("/"))
      .getOrElse(routes.DashboardController.index().url)
}
