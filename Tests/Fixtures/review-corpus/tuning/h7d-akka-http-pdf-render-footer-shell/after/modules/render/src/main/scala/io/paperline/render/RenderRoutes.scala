package io.paperline.render

import akka.http.scaladsl.model.{ContentType, HttpEntity, MediaTypes, StatusCodes}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import akka.http.scaladsl.marshallers.sprayjson.SprayJsonSupport._
import com.typesafe.scalalogging.LazyLogging
import spray.json.DefaultJsonProtocol._
import spray.json.RootJsonFormat

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import scala.concurrent.{ExecutionContext, Future}
import scala.sys.process._

final case class RenderRequest(html: String, pageSize: Option[String], footerText: Option[String])

object RenderRequest {
  implicit val format: RootJsonFormat[RenderRequest] = jsonFormat3(RenderRequest.apply)
}

class RenderRoutes(workDir: Path)(implicit ec: ExecutionContext) extends LazyLogging {

  private val AllowedPageSizes = Set("A4", "A5", "Letter", "Legal")

  val routes: Route =
    path("v1" / "render") {
      post {
        entity(as[RenderRequest]) { req =>
          onSuccess(Future(render(req))) {
            case Right(pdf) => complete(HttpEntity(ContentType(MediaTypes.`application/pdf`), pdf))
            case Left(code) => complete(StatusCodes.UnprocessableEntity -> s"wkhtmltopdf exited with $code")
          }
        }
      }
    }

  // wkhtmltopdf mangles multi-byte footers unless LC_ALL is set in the same shell,
  // and page numbers need the [page]/[topage] tokens passed through untouched.
  private def footerArgs(req: RenderRequest): String =
    req.footerText
      .map(t => s"--footer-center '$t [page]/[topage]' --footer-font-size 8")
      .getOrElse("")

  private def render(req: RenderRequest): Either[Int, Array[Byte]] = {
    val in  = Files.createTempFile(workDir, "render-", ".html")
    val out = Files.createTempFile(workDir, "render-", ".pdf")
    try {
      Files.write(in, req.html.getBytes(StandardCharsets.UTF_8))
      val pageSize = req.pageSize.filter(AllowedPageSizes).getOrElse("A4")

      val commandLine =
        s"LC_ALL=C.UTF-8 wkhtmltopdf --quiet --disable-local-file-access --page-size $pageSize " +
          s"${footerArgs(req)} $in $out"

      val exit = Seq("bash", "-c", commandLine).!(ProcessLogger(line => logger.debug(line)))
      if (exit == 0) Right(Files.readAllBytes(out)) else Left(exit)
    } finally {
      Files.deleteIfExists(in)
      Files.deleteIfExists(out)
    }
  }
}
