package controllers.help

import javax.inject.{Inject, Singleton}

import scala.concurrent.ExecutionContext

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
}
