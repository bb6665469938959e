package controllers

import java.nio.file.{Files, Path}
import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}
import scala.sys.process._

import play.api.Logging
import play.api.libs.Files.TemporaryFile
import play.api.mvc._

@Singleton
class ThumbnailController @Inject() (cc: ControllerComponents, blockingEc: BlockingExecutionContext)
    extends AbstractController(cc)
    with Logging {

  private implicit val ec: ExecutionContext = blockingEc

  private def render(src: Path, out: Path): Int =
    Seq("convert", src.toString, "-auto-orient", "-thumbnail", "256x256>", "-strip", out.toString).!

  def create: Action[MultipartFormData[TemporaryFile]] = Action.async(parse.multipartFormData(maxLength = 20L << 20)) {
    request =>
      request.body.file("image") match {
        case None => Future.successful(BadRequest("missing image"))
        case Some(part) =>
          Future {
            val out = Files.createTempFile("thumb-", ".png")
            val exit = render(part.ref.path, out)
            if (exit != 0) {
              logger.warn(s"convert exited with $exit for ${part.filename}")
              InternalServerError("could not render thumbnail")
            } else {
              Ok.sendPath(out, onClose = () => Files.deleteIfExists(out)).as("image/png")
            }
          }
      }
  }
}
