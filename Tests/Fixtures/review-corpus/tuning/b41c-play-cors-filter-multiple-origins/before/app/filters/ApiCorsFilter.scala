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

  private val appOrigin = config.get[String]("api.cors.app-origin")

  private val corsHeaders = Seq(
    ACCESS_CONTROL_ALLOW_ORIGIN      -> appOrigin,
    ACCESS_CONTROL_ALLOW_CREDENTIALS -> "true",
    ACCESS_CONTROL_ALLOW_METHODS     -> "GET, POST, PUT, PATCH, DELETE",
    ACCESS_CONTROL_ALLOW_HEADERS     -> "Content-Type, X-Csrf-Token",
    ACCESS_CONTROL_MAX_AGE           -> "600"
  )

  def apply(next: RequestHeader => Future[Result])(request: RequestHeader): Future[Result] =
    if (!request.path.startsWith("/api/")) next(request)
    else if (request.method == "OPTIONS") Future.successful(Results.NoContent.withHeaders(corsHeaders: _*))
    else next(request).map(_.withHeaders(corsHeaders: _*))
}
