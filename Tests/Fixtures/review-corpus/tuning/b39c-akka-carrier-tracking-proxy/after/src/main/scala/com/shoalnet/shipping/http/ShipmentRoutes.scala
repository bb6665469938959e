package com.shoalnet.shipping.http

import scala.concurrent.ExecutionContext

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model.{HttpRequest, StatusCodes, Uri}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.{PathMatcher1, Route}
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import com.shoalnet.shipping.auth.Authenticated
import com.shoalnet.shipping.db.ShipmentRepo

sealed abstract class Carrier(val key: String, val trackingBase: Uri)
object Carrier {
  case object Parcelwing extends Carrier("parcelwing", Uri("https://api.parcelwing.com/v3/track"))
  case object NordPost   extends Carrier("nordpost", Uri("https://tracking.nordpost.eu/api/items"))

  val all: Map[String, Carrier] = Seq(Parcelwing, NordPost).map(c => c.key -> c).toMap
}

final class ShipmentRoutes(repo: ShipmentRepo, auth: Authenticated)(implicit system: ActorSystem[_]) {

  private implicit val ec: ExecutionContext = system.executionContext

  private val CarrierSegment: PathMatcher1[Carrier] = Segment.flatMap(Carrier.all.get)
  private val TrackingNumber: PathMatcher1[String]  = "[A-Z0-9]{8,30}".r

  private def trackingUri(carrier: Carrier, number: String): Uri =
    carrier.trackingBase.withPath(carrier.trackingBase.path / number)

  val routes: Route =
    pathPrefix("shipments") {
      auth.customer { customer =>
        concat(
          pathEndOrSingleSlash {
            get {
              complete(repo.listForCustomer(customer.id))
            }
          },
          path(LongNumber) { id =>
            get {
              onSuccess(repo.find(customer.id, id)) {
                case Some(shipment) => complete(shipment)
                case None           => complete(StatusCodes.NotFound)
              }
            }
          },
          path("tracking" / CarrierSegment / TrackingNumber) { (carrier, number) =>
            get {
              complete(Http().singleRequest(HttpRequest(uri = trackingUri(carrier, number))))
            }
          }
        )
      }
    }
}
