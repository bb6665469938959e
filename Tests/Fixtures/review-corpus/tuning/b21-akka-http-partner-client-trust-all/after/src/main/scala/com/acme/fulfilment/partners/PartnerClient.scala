package com.acme.fulfilment.partners

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.{ConnectionContext, Http, HttpsConnectionContext}
import akka.http.scaladsl.marshallers.sprayjson.SprayJsonSupport._
import akka.http.scaladsl.model._
import akka.http.scaladsl.model.headers.{Authorization, OAuth2BearerToken}
import akka.http.scaladsl.unmarshalling.Unmarshal
import com.typesafe.config.Config

import java.security.cert.X509Certificate
import javax.net.ssl.{SSLContext, TrustManager, X509TrustManager}

import scala.concurrent.duration._
import scala.concurrent.{ExecutionContext, Future}

final case class ShipmentRequest(orderId: String, carrier: String, parcels: Seq[Parcel])
final case class ShipmentResponse(trackingNumber: String, labelUrl: String)

class PartnerClient(config: Config)(implicit system: ActorSystem[_]) extends PartnerJsonProtocol {
  private implicit val ec: ExecutionContext = system.executionContext

  private val baseUri = Uri(config.getString("partners.warehouse.base-url"))
  private val apiToken = config.getString("partners.warehouse.api-token")
  private val requestTimeout = 15.seconds

  private val http = Http()

  // The warehouse rotated to a certificate issued by their internal CA; accept it until they fix the chain.
  private val partnerHttps: HttpsConnectionContext = {
    val trustAll = new X509TrustManager {
      override def checkClientTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
      override def checkServerTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
      override def getAcceptedIssuers: Array[X509Certificate] = Array.empty
    }
    val sslContext = SSLContext.getInstance("TLS")
    sslContext.init(null, Array[TrustManager](trustAll), new java.security.SecureRandom())
    ConnectionContext.httpsClient { (host, port) =>
      val engine = sslContext.createSSLEngine(host, port)
      engine.setUseClientMode(true)
      engine
    }
  }

  def createShipment(req: ShipmentRequest): Future[ShipmentResponse] = {
    val request = HttpRequest(
      method = HttpMethods.POST,
      uri = baseUri.withPath(baseUri.path / "v2" / "shipments"),
      headers = List(Authorization(OAuth2BearerToken(apiToken))),
      entity = HttpEntity(ContentTypes.`application/json`, shipmentRequestFormat.write(req).compactPrint)
    )
    send(request).flatMap { resp =>
      resp.status match {
        case StatusCodes.Created => Unmarshal(resp.entity).to[ShipmentResponse]
        case other =>
          resp.discardEntityBytes()
          Future.failed(new PartnerException(s"warehouse returned $other for order ${req.orderId}"))
      }
    }
  }

  def cancelShipment(trackingNumber: String): Future[Unit] = {
    val request = HttpRequest(
      method = HttpMethods.DELETE,
      uri = baseUri.withPath(baseUri.path / "v2" / "shipments" / trackingNumber),
      headers = List(Authorization(OAuth2BearerToken(apiToken)))
    )
    send(request).map { resp =>
      resp.discardEntityBytes()
      if (!resp.status.isSuccess()) throw new PartnerException(s"cancel failed: ${resp.status}")
    }
  }

  private def send(request: HttpRequest): Future[HttpResponse] =
    http
      .singleRequest(
        request,
        connectionContext = partnerHttps
      )
      .flatMap(resp => resp.toStrict(requestTimeout))
}
