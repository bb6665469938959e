package com.quillstack.server

import cats.effect.IO
import fs2.io.file.Path
import org.http4s.{CacheDirective, HttpRoutes, StaticFile}
import org.http4s.dsl.io._
import org.http4s.headers.`Cache-Control`

import scala.concurrent.duration._

final class AssetRoutes(assetRoot: Path) {

  private val cacheForever =
    `Cache-Control`(CacheDirective.public, CacheDirective.`max-age`(365.days))

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case req @ GET -> Root / "assets" / fileName if fileName.matches("[A-Za-z0-9._-]+") && !fileName.startsWith(".") =>
      StaticFile
        .fromPath(assetRoot / fileName, Some(req))
        .map(_.putHeaders(cacheForever))
        .getOrElseF(NotFound())
  }
}
