package controllers

import javax.inject._
import play.api.data.Form
import play.api.data.Forms._
import play.api.mvc._
import services.UserService

import scala.concurrent.{ExecutionContext, Future}

case class LoginData(email: String, password: String)

@Singleton
class LoginController @Inject()(cc: MessagesControllerComponents, users: UserService)(implicit ec: ExecutionContext)
    extends MessagesAbstractController(cc) {

  private val loginForm = Form(
    mapping(
      "email"    -> email,
      "password" -> nonEmptyText
    )(LoginData.apply)(LoginData.unapply)
  )

  def show: Action[AnyContent] = Action { implicit request =>
    Ok(views.html.login(loginForm))
  }

  def submit: Action[AnyContent] = Action.async { implicit request =>
    loginForm.bindFromRequest().fold(
      errors => Future.successful(BadRequest(views.html.login(errors))),
      data =>
        users.authenticate(data.email, data.password).map {
          case Some(user) =>
            val returnTo = request.getQueryString("returnTo").getOrElse(routes.DashboardController.index().url)
            Redirect(returnTo)
              .withSession("uid" -> user.id.toString)
          case None =>
            Unauthorized(views.html.login(loginForm.withGlobalError("login.invalid")))
        }
    )
  }
}
