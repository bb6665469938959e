package com.acme.docs

import org.apache.pekko.http.scaladsl.server.Directives._
import org.apache.pekko.http.scaladsl.server.Route

final class DocsRoutes(docsDir: String) {
  val routes: Route =
    pathPrefix("docs") {
      path("files" / Remaining) { name =>
        get {
          getFromFile(s"$docsDir/$name")
        }
      }
    }
}