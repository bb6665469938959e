package com.acme.web

import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route

final class SpaRoutes(webRoot: String) {
  private val indexFile = s"$webRoot/index.html"

  val routes: Route =
    extractUnmatchedPath { rest =>
      get {
        logRequest(s"spa fallback for $rest") {
          getFromFile(indexFile)
        }
      }
    }
}