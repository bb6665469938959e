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

  private val root = assetRoot.absolute.normalize

  // Vite now emits nested chunk folders (assets/chunks/..., assets/fonts/...),
  // so resolve multi-segment paths but never outside the asset root.
  private def resolve(segments: Vector[String]): Option[Path] = {
    val candidate = segments.foldLeft(root)(_ / _).normalize
    if (candidate != root && candidate.startsWith(root)) Some(candidate) else None
  }

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case req @ GET -> "assets" /: rest =>
      resolve(rest.segments.map(_.decoded()))
        .fold(NotFound()) { file =>
          StaticFile
            .fromPath(file, Some(req))
            .map(_.putHeaders(cacheForever))
            .getOrElseF(NotFound())
        }
  }
}
