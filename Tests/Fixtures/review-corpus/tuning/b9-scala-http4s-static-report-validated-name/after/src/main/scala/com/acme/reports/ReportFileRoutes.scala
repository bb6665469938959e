package com.acme.reports

import cats.effect.IO
import fs2.io.file.{Files, Path}
import org.http4s.{HttpRoutes, Request, StaticFile}
import org.http4s.dsl.io._

final class ReportFileRoutes(reportDir: Path, access: ReportAccess) {

  private val SafeName = "^[a-z0-9][a-z0-9-]{0,80}\\.csv$".r
  private val root = reportDir.absolute.normalize

  val routes: HttpRoutes[IO] = HttpRoutes.of[IO] {
    case req @ GET -> Root / "reports" / "files" / name =>
      name match {
        case SafeName() => serve(req, name)
        case _          => BadRequest("invalid report name")
      }
  }

  private def serve(req: Request[IO], name: String) =
    access.currentUser(req).flatMap {
      case None => Forbidden()
      case Some(user) =>
        val target = root.resolve(user.teamId.toString).resolve(name).normalize
        if (!target.startsWith(root)) BadRequest("invalid report name")
        else
          Files[IO].exists(target).flatMap {
            case false => NotFound()
            case true =>
              StaticFile
                .fromPath(target, Some(req))
                .getOrElseF(NotFound())
          }
    }
}
