package controllers

import java.nio.file.{Files, Path, Paths}
import javax.inject.{Inject, Singleton}

import play.api.Configuration
import play.api.Logging
import play.api.mvc._
import services.exports.ExportJobService

import scala.concurrent.ExecutionContext

/**
 * routes:
 *   GET   /exports            controllers.ExportController.list
 *   POST  /exports            controllers.ExportController.create
 *   GET   /exports/*file      controllers.ExportController.download(file: String)
 */
@Singleton
class ExportController @Inject() (
    cc: ControllerComponents,
    authenticated: AuthenticatedAction,
    jobs: ExportJobService,
    config: Configuration
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with Logging {

  private val exportRoot: Path = Paths.get(config.get[String]("exports.dir"))

  def list: Action[AnyContent] = authenticated.async { implicit req =>
    jobs.listFor(req.user.tenantId).map(files => Ok(views.html.exports.list(files)))
  }

  def create: Action[AnyContent] = authenticated.async { implicit req =>
    jobs.enqueue(req.user.tenantId, req.user.id).map(_ => Redirect(routes.ExportController.list))
  }

  // Exports are now grouped per month (<tenant>/2024-05/orders.csv) and the tenant dir is
  // created lazily by the worker, so toRealPath() blew up for tenants with no exports yet.
  def download(file: String): Action[AnyContent] = authenticated { implicit req =>
    val target = Paths.get(exportRoot.toString, req.user.tenantId.toString, file)

    if (!Files.exists(target)) {
      logger.info(s"export not found tenant=${req.user.tenantId} file=$file")
      NotFound
    } else {
      Ok.sendPath(target, inline = false)
    }
  }
}
