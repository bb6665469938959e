package com.acme.storefront.routes

import scala.concurrent.ExecutionContext
import scala.concurrent.duration._

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model._
import akka.http.scaladsl.model.headers.{`Cache-Control`, CacheDirectives}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import com.typesafe.config.Config

import com.acme.storefront.catalog.ProductImages

/**
 * Serves product images. Images we host ourselves are streamed from the
 * catalog bucket; the browser loads vendor images directly.
 */
final class ImageProxyRoutes(images: ProductImages, config: Config)(implicit system: ActorSystem[_]) {

  private implicit val ec: ExecutionContext = system.executionContext
  private val maxAge = config.getDuration("storefront.images.max-age").toSeconds

  private val cacheHeaders = List(
    `Cache-Control`(CacheDirectives.public, CacheDirectives.`max-age`(maxAge))
  )

  val routes: Route =
    pathPrefix("images") {
      concat(
        path("products" / LongNumber / Segment) { (productId, variant) =>
          get {
            onSuccess(images.open(productId, variant)) {
              case Some(source) =>
                respondWithHeaders(cacheHeaders) {
                  complete(HttpEntity(MediaTypes.`image/webp`, source))
                }
              case None =>
                complete(StatusCodes.NotFound)
            }
          }
        },
        path("health") {
          complete(StatusCodes.OK)
        }
      )
    }
}
