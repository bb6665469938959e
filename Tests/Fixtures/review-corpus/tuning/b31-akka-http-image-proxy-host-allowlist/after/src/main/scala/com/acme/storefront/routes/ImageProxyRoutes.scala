package com.acme.storefront.routes

import scala.concurrent.ExecutionContext
import scala.concurrent.duration._
import scala.jdk.CollectionConverters._
import scala.util.Try

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
 * catalog bucket; vendor images are proxied so the browser never talks to
 * vendor CDNs directly (mixed content, tracking pixels).
 */
final class ImageProxyRoutes(images: ProductImages, config: Config)(implicit system: ActorSystem[_]) {

  private implicit val ec: ExecutionContext = system.executionContext
  private val maxAge = config.getDuration("storefront.images.max-age").toSeconds
  private val vendorHosts: Set[String] =
    config.getStringList("storefront.images.vendor-hosts").asScala.map(_.toLowerCase).toSet
  private val maxVendorBytes = 5L * 1024 * 1024

  private val cacheHeaders = List(
    `Cache-Control`(CacheDirectives.public, CacheDirectives.`max-age`(maxAge))
  )

  private def allowedVendorUri(raw: String): Option[Uri] =
    Try(Uri(raw)).toOption.filter { uri =>
      uri.scheme == "https" &&
      uri.authority.userinfo.isEmpty &&
      (uri.authority.port == 0 || uri.authority.port == 443) &&
      vendorHosts.contains(uri.authority.host.address.toLowerCase)
    }

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
        path("vendor") {
          get {
            parameter("src") { src =>
              allowedVendorUri(src) match {
                case None =>
                  complete(StatusCodes.BadRequest -> "image host not allowed")
                case Some(uri) =>
                  val upstream = Http().singleRequest(HttpRequest(uri = uri))
                  onSuccess(upstream) { resp =>
                    if (resp.status.isSuccess() && resp.entity.contentType.mediaType.isImage) {
                      respondWithHeaders(cacheHeaders) {
                        complete(resp.entity.withSizeLimit(maxVendorBytes))
                      }
                    } else {
                      resp.discardEntityBytes()
                      complete(StatusCodes.BadGateway)
                    }
                  }
              }
            }
          }
        },
        path("health") {
          complete(StatusCodes.OK)
        }
      )
    }
}
