package media

import cats.effect.IO
import java.nio.file.{Files, Path}
import org.http4s.{HttpRoutes, MediaType}
import org.http4s.dsl.io._
import org.http4s.headers.`Content-Type`
import scala.sys.process._

final class ThumbnailRoutes(store: OriginalStore, workDir: Path) {

  private object Width extends OptionalQueryParamDecoderMatcher[Int]("w")

  private def resize(in: Path, out: Path, width: Int): IO[Int] =
    IO.blocking {
      Seq("convert", in.toString, "-thumbnail", s"${width}x", "-strip", out.toString).!
    }

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case GET -> Root / "thumbs" / UUIDVar(id) :? Width(w) =>
      val width = w.filter(x => x > 0 && x <= 1024).getOrElse(320)
      store.find(id).flatMap {
        case None => NotFound()
        case Some(original) =>
          val out = workDir.resolve(s"$id-$width.jpg")
          resize(original, out, width).flatMap {
            case 0    => Ok(IO.blocking(Files.readAllBytes(out))).map(_.withContentType(`Content-Type`(MediaType.image.jpeg)))
            case code => InternalServerError(s"convert exited with $code")
          }
      }
  }
}
