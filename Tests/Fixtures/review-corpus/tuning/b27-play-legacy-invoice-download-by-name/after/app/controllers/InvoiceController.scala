package controllers

import java.nio.file.{Files, Path, Paths}
import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}

import play.api.Configuration
import play.api.Logging
import play.api.libs.json.Json
import play.api.mvc._

import actions.AuthenticatedAction
import repositories.InvoiceRepository

@Singleton
class InvoiceController @Inject() (
    cc: ControllerComponents,
    authenticated: AuthenticatedAction,
    invoices: InvoiceRepository,
    config: Configuration
)(implicit ec: ExecutionContext)
    extends AbstractController(cc)
    with Logging {

  private val invoiceRoot: Path =
    Paths.get(config.get[String]("billing.invoiceDir")).toAbsolutePath.normalize()

  def list(): Action[AnyContent] = authenticated.async { implicit request =>
    invoices.forAccount(request.user.accountId).map { rows =>
      Ok(Json.toJson(rows))
    }
  }

  def show(id: Long): Action[AnyContent] = authenticated.async { implicit request =>
    invoices.find(request.user.accountId, id).map {
      case Some(inv) => Ok(Json.toJson(inv))
      case None      => NotFound(Json.obj("error" -> "invoice not found"))
    }
  }

  def download(id: Long): Action[AnyContent] = authenticated.async { implicit request =>
    invoices.find(request.user.accountId, id).map {
      case Some(inv) =>
        val file = invoiceRoot.resolve(inv.pdfPath).normalize()
        if (file.startsWith(invoiceRoot) && Files.isRegularFile(file)) {
          Ok.sendPath(file, inline = false, fileName = _ => Some(s"invoice-${inv.number}.pdf"))
        } else {
          logger.warn(s"invoice ${inv.id} has no PDF at ${inv.pdfPath}")
          NotFound(Json.obj("error" -> "pdf not generated yet"))
        }
      case None => NotFound(Json.obj("error" -> "invoice not found"))
    }
  }

  /** Old e-mails link to /invoices/file?name=<number>.pdf; keep them working after the move to ids. */
  def legacyDownload(): Action[AnyContent] = authenticated { implicit request =>
    val requested = request.getQueryString("name").getOrElse("")
    val target = Paths.get(invoiceRoot.toString, requested)

    if (requested.nonEmpty && Files.isRegularFile(target)) {
      Ok.sendPath(target, inline = false, fileName = _ => Some(target.getFileName.toString))
    } else {
      NotFound(Json.obj("error" -> "invoice not found"))
    }
  }

  def regenerate(id: Long): Action[AnyContent] = authenticated.async { implicit request =>
    invoices.find(request.user.accountId, id).flatMap {
      case Some(inv) => invoices.queueRender(inv.id).map(_ => Accepted(Json.obj("queued" -> true)))
      case None      => Future.successful(NotFound(Json.obj("error" -> "invoice not found")))
    }
  }
}
