package podcasts.upload

import akka.http.scaladsl.model.StatusCodes
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import akka.stream.Materializer
import akka.stream.scaladsl.FileIO
import java.nio.file.{Files, Path}
import scala.concurrent.{ExecutionContext, Future}
import scala.sys.process._
import scala.util.{Failure, Success}

final class UploadRoutes(episodes: EpisodeRepo, ffprobeBin: String)(implicit mat: Materializer, ec: ExecutionContext) {

  /** Duration in seconds; `tmp` is always our own temp file, never a client-supplied name. */
  private def probeDuration(tmp: Path): Future[Double] = Future {
    val out = Seq(
      ffprobeBin,
      "-v", "error",
      "-show_entries", "format=duration",
      "-of", "default=noprint_wrappers=1:nokey=1",
      tmp.toAbsolutePath.toString
    ).!!
    out.trim.toDouble
  }

  val route: Route =
    path("episodes" / JavaUUID / "audio") { episodeId =>
      put {
        withSizeLimit(500L * 1024 * 1024) {
          fileUpload("audio") { case (meta, bytes) =>
            val tmp = Files.createTempFile("episode-", ".upload")
            val stored = for {
              _        <- bytes.runWith(FileIO.toPath(tmp))
              duration <- probeDuration(tmp)
              size     <- episodes.attachAudio(episodeId, tmp, meta.contentType.toString, duration)
            } yield size
            onComplete(stored) {
              case Success(size) => complete(StatusCodes.Created -> s"stored $size bytes")
              case Failure(err)  => complete(StatusCodes.InternalServerError -> err.getMessage)
            }
          }
        }
      }
    }
}
