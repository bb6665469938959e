package podcasts.upload

import akka.http.scaladsl.model.StatusCodes
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import akka.stream.Materializer
import akka.stream.scaladsl.FileIO
import java.nio.file.Files
import scala.concurrent.ExecutionContext
import scala.util.{Failure, Success}

final class UploadRoutes(episodes: EpisodeRepo)(implicit mat: Materializer, ec: ExecutionContext) {

  val route: Route =
    path("episodes" / JavaUUID / "audio") { episodeId =>
      put {
        withSizeLimit(500L * 1024 * 1024) {
          fileUpload("audio") { case (meta, bytes) =>
            val tmp = Files.createTempFile("episode-", ".upload")
            val stored = bytes.runWith(FileIO.toPath(tmp)).flatMap { _ =>
              episodes.attachAudio(episodeId, tmp, meta.contentType.toString)
            }
            onComplete(stored) {
              case Success(size) => complete(StatusCodes.Created -> s"stored $size bytes")
              case Failure(err)  => complete(StatusCodes.InternalServerError -> err.getMessage)
            }
          }
        }
      }
    }
}
