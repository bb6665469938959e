package com.acme.fulfilment.partners

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.marshallers.sprayjson.SprayJsonSupport._
import akka.http.scaladsl.model._
import akka.http.scaladsl.model.headers.{Authorization, OAuth2BearerToken}
import akka.http.scaladsl.unmarshalling.Unmarshal
import com.typesafe.config.Config

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
      .singleRequest(request)
      .flatMap(resp => resp.toStrict(requestTimeout))
}
