package com.glimmer.links.http

import cats.effect.IO
import com.glimmer.links.LinkStore
import io.circe.generic.auto._
import org.http4s.HttpRoutes
import org.http4s.circe.CirceEntityEncoder._
import org.http4s.dsl.io._

final class LinkRoutes(store: LinkStore) {

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case GET -> Root / "links" / LongVar(id) =>
      store.find(id).flatMap {
        case Some(link) => Ok(link)
        case None       => NotFound()
      }

    case GET -> Root / "links" :? LimitParam(limit) =>
      store.recent(limit.getOrElse(50).min(200)).flatMap(Ok(_))
  }

  private object LimitParam extends OptionalQueryParamDecoderMatcher[Int]("limit")
}
