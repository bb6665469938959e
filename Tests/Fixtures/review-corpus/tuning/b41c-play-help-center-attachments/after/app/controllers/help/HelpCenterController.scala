package controllers.help

import java.nio.file.{Files, Path, Paths}
import javax.inject.{Inject, Singleton}

import scala.concurrent.ExecutionContext
import scala.util.Try

import play.api.{Configuration, Logging}
import play.api.mvc._
import services.help.ArticleRepository

@Singleton
class HelpCenterController @Inject() (
    cc: ControllerComponents,
    articles: ArticleRepository,
    config: Configuration
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with Logging {

  private val defaultLocale = config.get[String]("help.default-locale")

  /** Screenshots and PDFs the support team uploads next to articles (synced from the CMS bucket). */
  private val attachmentsRoot: Path = Paths.get(config.get[String]("help.attachments-dir")).toRealPath()

  def index(locale: Option[String]): Action[AnyContent] = Action.async { implicit request =>
    val loc = locale.getOrElse(defaultLocale)
    articles.listPublished(loc).map(list => Ok(views.html.help.index(list, loc)))
  }

  def article(slug: String): Action[AnyContent] = Action.async { implicit request =>
    articles.findPublished(slug).map {
      case Some(a) => Ok(views.html.help.article(a))
      case None =>
        logger.info(s"help article '$slug' not found")
        NotFound(views.html.help.notFound(slug))
    }
  }

  // routes: GET /help/attachments/*file  controllers.help.HelpCenterController.attachment(file)
  def attachment(file: String): Action[AnyContent] = Action {
    resolveAttachment(file) match {
      case Some(path) =>
        Ok.sendPath(path, inline = true).withHeaders(CACHE_CONTROL -> "public, max-age=86400")
      case None =>
        logger.info(s"help attachment '$file' not found")
        NotFound
    }
  }

  private def resolveAttachment(file: String): Option[Path] =
    Try(attachmentsRoot.resolve(file).normalize())
      .filter(Files.exists(_))
      .flatMap(p => Try(p.toRealPath()))
      .toOption
      .filter(p => p.startsWith(attachmentsRoot) && Files.isRegularFile(p))
}
