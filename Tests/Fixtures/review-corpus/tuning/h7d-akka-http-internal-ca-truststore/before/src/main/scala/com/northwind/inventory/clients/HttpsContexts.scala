package com.northwind.inventory.clients

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.{ConnectionContext, Http, HttpsConnectionContext}
import akka.http.scaladsl.model.{HttpRequest, HttpResponse}
import com.typesafe.config.Config

import javax.net.ssl.SSLContext
import scala.concurrent.Future

/**
 * HTTPS settings for outbound calls. Public partners (carriers, marketplaces) go through the
 * JVM default trust store; internal services are reached via the service mesh gateway.
 */
object HttpsContexts {

  def publicPartners(): HttpsConnectionContext =
    ConnectionContext.httpsClient(SSLContext.getDefault)

  def internalServices(config: Config): HttpsConnectionContext = {
    // The mesh gateway presents a publicly trusted certificate.
    ConnectionContext.httpsClient(SSLContext.getDefault)
  }
}

final class WarehouseClient(config: Config)(implicit system: ActorSystem[_]) {

  private val baseUri = config.getString("northwind.warehouse.base-uri")
  private val https   = HttpsContexts.internalServices(config)

  def send(request: HttpRequest): Future[HttpResponse] =
    Http().singleRequest(request.withUri(baseUri + request.uri.toString()), connectionContext = https)

  def stockLevels(sku: String): Future[HttpResponse] =
    send(HttpRequest(uri = s"/v2/stock/${java.net.URLEncoder.encode(sku, "UTF-8")}"))
}
