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

  // convert writes PNG to stdout and pngquant shrinks it ~60% before it hits disk
  private def resizeCmd(src: Path, out: Path, size: String): String =
    s"convert '$src' -auto-orient -thumbnail '$size>' -strip png:- | pngquant --quality=65-85 - > '$out'"

  private def render(src: Path, out: Path, size: String): Int =
    Seq("sh", "-c", resizeCmd(src, out, size)).!

  def create: Action[MultipartFormData[TemporaryFile]] = Action.async(parse.multipartFormData(maxLength = 20L << 20)) {
    request =>
      val size = request.getQueryString("size").getOrElse("256x256")
      request.body.file("image") match {
        case None => Future.successful(BadRequest("missing image"))
        case Some(part) =>
          Future {
            val out = Files.createTempFile("thumb-", ".png")
            val exit = render(part.ref.path, out, size)
            if (exit != 0) {
              logger.warn(s"thumbnail pipeline exited with $exit for ${part.filename}")
              InternalServerError("could not render thumbnail")
            } else {
              Ok.sendPath(out, onClose = () => Files.deleteIfExists(out)).as("image/png")
            }
          }
      }
  }
}
