package media

import cats.effect.IO
import java.nio.file.{Files, Path}
import org.http4s.{HttpRoutes, MediaType}
import org.http4s.dsl.io._
import org.http4s.headers.`Content-Type`
import scala.sys.process._

final class ThumbnailRoutes(store: OriginalStore, workDir: Path) {

  private object Width extends OptionalQueryParamDecoderMatcher[Int]("w")
  private object Label extends OptionalQueryParamDecoderMatcher[String]("label")

  // Watermarking needs a couple of chained options; easier to keep as one command line.
  private def convertCmd(in: Path, out: Path, width: Int, label: Option[String]): String = {
    val mark = label.map(l => s" -gravity southeast -pointsize 14 -fill white -annotate +8+8 '$l'").getOrElse("")
    s"convert ${in} -thumbnail ${width}x -strip$mark ${out}"
  }

  private def resize(in: Path, out: Path, width: Int, label: Option[String]): IO[Int] =
    IO.blocking {
      Seq("sh", "-c", convertCmd(in, out, width, label)).!
    }

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case GET -> Root / "thumbs" / UUIDVar(id) :? Width(w) +& Label(label) =>
      val width = w.filter(x => x > 0 && x <= 1024).getOrElse(320)
      store.find(id).flatMap {
        case None => NotFound()
        case Some(original) =>
          val out = workDir.resolve(s"$id-$width-${label.map(_.hashCode).getOrElse(0)}.jpg")
          resize(original, out, width, label).flatMap {
            case 0    => Ok(IO.blocking(Files.readAllBytes(out))).map(_.withContentType(`Content-Type`(MediaType.image.jpeg)))
            case code => InternalServerError(s"convert exited with $code")
          }
      }
  }
}
