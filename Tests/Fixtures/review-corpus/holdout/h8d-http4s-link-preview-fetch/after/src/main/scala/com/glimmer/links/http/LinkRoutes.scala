package com.glimmer.links.http

import cats.effect.IO
import com.glimmer.links.LinkStore
import io.circe.generic.auto._
import org.http4s.{HttpRoutes, Uri}
import org.http4s.circe.CirceEntityDecoder._
import org.http4s.circe.CirceEntityEncoder._
import org.http4s.client.Client
import org.http4s.dsl.io._

final case class PreviewRequest(url: String)
final case class Preview(url: String, title: Option[String])

final class LinkRoutes(store: LinkStore, client: Client[IO]) {

  private val TitleTag = "(?is)<title[^>]*>(.*?)</title>".r

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case GET -> Root / "links" / LongVar(id) =>
      store.find(id).flatMap {
        case Some(link) => Ok(link)
        case None       => NotFound()
      }

    case GET -> Root / "links" :? LimitParam(limit) =>
      store.recent(limit.getOrElse(50).min(200)).flatMap(Ok(_))

    case req @ POST -> Root / "links" / "preview" =>
      for {
        body   <- req.as[PreviewRequest]
        target <- IO.fromEither(Uri.fromString(body.url))
        html   <- client.expect[String](target)
        resp   <- Ok(Preview(body.url, TitleTag.findFirstMatchIn(html).map(_.group(1).trim)))
      } yield resp
  }

  private object LimitParam extends OptionalQueryParamDecoderMatcher[Int]("limit")
}
