package filters

import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}

import org.apache.pekko.stream.Materializer
import play.api.Configuration
import play.api.http.HeaderNames._
import play.api.mvc._

/** CORS for the SPA; Play's built-in CORSFilter fought with our preflight caching at the CDN. */
@Singleton
class ApiCorsFilter @Inject() (config: Configuration)(implicit val mat: Materializer, ec: ExecutionContext)
    extends Filter {

  // app.harbor.io plus the partner portal and the admin console, each on its own origin now.
  private val allowedOrigins: Set[String] =
    config.get[Seq[String]]("api.cors.allowed-origins").map(_.trim.stripSuffix("/")).toSet

  private val staticHeaders = Seq(
    ACCESS_CONTROL_ALLOW_METHODS -> "GET, POST, PUT, PATCH, DELETE",
    ACCESS_CONTROL_ALLOW_HEADERS -> "Content-Type, X-Csrf-Token",
    ACCESS_CONTROL_MAX_AGE       -> "600"
  )

  private def corsHeaders(request: RequestHeader): Seq[(String, String)] =
    request.headers.get(ORIGIN).filter(allowedOrigins.contains) match {
      case Some(origin) =>
        staticHeaders ++ Seq(
          ACCESS_CONTROL_ALLOW_ORIGIN      -> origin,
          ACCESS_CONTROL_ALLOW_CREDENTIALS -> "true",
          VARY                             -> ORIGIN
        )
      case None => Seq(VARY -> ORIGIN)
    }

  def apply(next: RequestHeader => Future[Result])(request: RequestHeader): Future[Result] =
    if (!request.path.startsWith("/api/")) next(request)
    else if (request.method == "OPTIONS") Future.successful(Results.NoContent.withHeaders(corsHeaders(request): _*))
    else next(request).map(_.withHeaders(corsHeaders(request): _*))
}
