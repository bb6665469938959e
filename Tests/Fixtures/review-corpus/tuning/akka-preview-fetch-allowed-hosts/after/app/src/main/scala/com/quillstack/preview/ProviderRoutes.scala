package com.quillstack.preview

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model.{HttpRequest, StatusCodes, Uri}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route

class ProviderRoutes(implicit system: ActorSystem[_]) {
  private val AllowedHosts = Set("www.youtube.com", "vimeo.com", "twitter.com")

  val routes: Route =
    (path("api" / "oembed") & get & parameter("url")) { url =>
      val host = Uri(url).authority.host.address()
      if (!AllowedHosts.contains(host)) complete(StatusCodes.BadRequest)
      else complete(Http().singleRequest(HttpRequest(uri = url)).map(_.status.intValue().toString)(system.executionContext))
    }
}