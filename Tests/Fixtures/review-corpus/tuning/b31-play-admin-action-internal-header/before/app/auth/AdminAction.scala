package auth

import javax.inject.Inject

import scala.concurrent.{ExecutionContext, Future}

import play.api.Logging
import play.api.mvc._

import models.{Role, User}
import services.UserService

class AdminRequest[A](val user: User, request: Request[A]) extends WrappedRequest[A](request)

/**
 * Action builder for everything under /admin. The caller must have a valid
 * session and the Admin role; anything else is rejected.
 */
class AdminAction @Inject() (
    val parser: BodyParsers.Default,
    users: UserService
)(implicit val executionContext: ExecutionContext)
    extends ActionBuilder[AdminRequest, AnyContent]
    with ActionRefiner[Request, AdminRequest]
    with Logging {

  private val SessionKey = "uid"

  override protected def refine[A](request: Request[A]): Future[Either[Result, AdminRequest[A]]] = {
    request.session.get(SessionKey).flatMap(_.toLongOption) match {
      case None =>
        Future.successful(Left(Results.Redirect("/login").flashing("error" -> "Please sign in")))

      case Some(uid) =>
        users.findActive(uid).map {
          case Some(user) if user.roles.contains(Role.Admin) =>
            logger.debug(s"admin access uid=$uid path=${request.path}")
            Right(new AdminRequest(user, request))

          case Some(user) =>
            logger.warn(s"non-admin uid=${user.id} tried ${request.path}")
            Left(Results.Forbidden(views.html.errors.forbidden()))

          case None =>
            Left(Results.Redirect("/login").withNewSession)
        }
    }
  }
}
