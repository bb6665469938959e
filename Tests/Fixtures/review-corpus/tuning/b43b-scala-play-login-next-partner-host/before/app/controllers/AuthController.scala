package controllers

import javax.inject._
import scala.concurrent.{ExecutionContext, Future}

import play.api.data.Form
import play.api.data.Forms._
import play.api.mvc._
import services.AccountService

case class LoginData(email: String, password: String, next: Option[String])

@Singleton
class AuthController @Inject() (cc: ControllerComponents, accounts: AccountService)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  private val loginForm = Form(
    mapping(
      "email"    -> email,
      "password" -> nonEmptyText,
      "next"     -> optional(text)
    )(LoginData.apply)(LoginData.unapply)
  )

  private def safeNext(next: Option[String]): String =
    next.filter(n => n.startsWith("/") && !n.startsWith("//") && !n.startsWith("/\\")).getOrElse("/dashboard")

  def login: Action[AnyContent] = Action.async { implicit request =>
    loginForm.bindFromRequest().fold(
      _ => Future.successful(BadRequest(views.html.login(loginForm))),
      data =>
        accounts.authenticate(data.email, data.password).map {
          case Some(user) =>
            Redirect(safeNext(data.next)).withSession("uid" -> user.id.toString)
          case None =>
            Unauthorized(views.html.login(loginForm.withGlobalError("Invalid email or password")))
        }
    )
  }
}
