package com.northwind.inventory.clients

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.{ConnectionContext, Http, HttpsConnectionContext}
import akka.http.scaladsl.model.{HttpRequest, HttpResponse}
import com.typesafe.config.Config

import java.io.FileInputStream
import java.security.{KeyStore, SecureRandom}
import java.security.cert.{CertificateFactory, X509Certificate}
import javax.net.ssl.{SSLContext, TrustManagerFactory}
import scala.concurrent.Future
import scala.util.Using

/**
 * HTTPS settings for outbound calls. Public partners (carriers, marketplaces) go through the
 * JVM default trust store; internal services now talk to each other directly and present
 * certificates issued by the Northwind internal CA.
 */
object HttpsContexts {

  def publicPartners(): HttpsConnectionContext =
    ConnectionContext.httpsClient(SSLContext.getDefault)

  def internalServices(config: Config): HttpsConnectionContext = {
    val caPath = config.getString("northwind.tls.internal-ca-pem")

    val caCert = Using.resource(new FileInputStream(caPath)) { in =>
      CertificateFactory.getInstance("X.509").generateCertificate(in).asInstanceOf[X509Certificate]
    }

    val trustStore = KeyStore.getInstance(KeyStore.getDefaultType)
    trustStore.load(null, null)
    trustStore.setCertificateEntry("northwind-internal-ca", caCert)

    val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm)
    tmf.init(trustStore)

    val sslContext = SSLContext.getInstance("TLSv1.3")
    sslContext.init(null, tmf.getTrustManagers, new SecureRandom())

    ConnectionContext.httpsClient { (host, port) =>
      val engine = sslContext.createSSLEngine(host, port)
      engine.setUseClientMode(true)
      val params = engine.getSSLParameters
      params.setEndpointIdentificationAlgorithm("HTTPS")
      engine.setSSLParameters(params)
      engine
    }
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
