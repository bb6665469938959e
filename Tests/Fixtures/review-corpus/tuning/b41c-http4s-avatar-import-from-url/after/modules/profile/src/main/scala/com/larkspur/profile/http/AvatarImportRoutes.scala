package com.larkspur.profile.http

import cats.effect.Async
import cats.syntax.all._
import com.larkspur.profile.auth.AuthedUser
import com.larkspur.profile.storage.AvatarStore
import io.circe.generic.semiauto.deriveDecoder
import io.circe.Decoder
import org.http4s._
import org.http4s.circe.CirceEntityCodec._
import org.http4s.client.Client
import org.http4s.dsl.Http4sDsl
import org.http4s.headers.`Content-Type`
import org.typelevel.log4cats.Logger

/** Lets users pull their avatar from Gravatar, GitHub, a company CDN, etc. instead of uploading. */
final class AvatarImportRoutes[F[_]: Async: Logger](client: Client[F], store: AvatarStore[F]) extends Http4sDsl[F] {

  import AvatarImportRoutes._

  private val MaxBytes = 2L * 1024 * 1024

  val routes: AuthedRoutes[AuthedUser, F] = AuthedRoutes.of[AuthedUser, F] {
    case ar @ POST -> Root / "profile" / "avatar" / "import" as user =>
      ar.req.as[ImportRequest].flatMap { body =>
        parseSource(body.url) match {
          case Left(reason) => BadRequest(reason)
          case Right(source) =>
            for {
              _     <- Logger[F].info(s"user ${user.id} importing avatar from ${source.renderString}")
              image <- fetch(source)
              resp <- image match {
                case Some((bytes, mediaType)) =>
                  store.put(user.id, bytes, mediaType).flatMap(url => Created(ImportResponse(url)))
                case None => UnprocessableEntity("could not download an image from that address")
              }
            } yield resp
        }
      }
  }

  private def parseSource(raw: String): Either[String, Uri] =
    Uri.fromString(raw.trim).leftMap(_ => "not a valid URL").flatMap { uri =>
      uri.scheme match {
        case Some(Uri.Scheme.http) | Some(Uri.Scheme.https) if uri.host.isDefined => Right(uri)
        case _                                                                  => Left("only http(s) URLs are supported")
      }
    }

  private def fetch(source: Uri): F[Option[(Array[Byte], MediaType)]] =
    client.run(Request[F](Method.GET, source)).use { resp =>
      val mediaType = resp.headers.get[`Content-Type`].map(_.mediaType).getOrElse(MediaType.application.`octet-stream`)
      if (resp.status.isSuccess && resp.contentLength.forall(_ <= MaxBytes))
        resp.body.take(MaxBytes).compile.to(Array).map(bytes => Some((bytes, mediaType)))
      else
        Logger[F].warn(s"avatar fetch from ${source.renderString} returned ${resp.status}").as(None)
    }
}

object AvatarImportRoutes {
  final case class ImportRequest(url: String)
  final case class ImportResponse(avatarUrl: String)

  implicit val importRequestDecoder: Decoder[ImportRequest] = deriveDecoder
  implicit val importResponseEncoder: io.circe.Encoder[ImportResponse] =
    io.circe.generic.semiauto.deriveEncoder
}
