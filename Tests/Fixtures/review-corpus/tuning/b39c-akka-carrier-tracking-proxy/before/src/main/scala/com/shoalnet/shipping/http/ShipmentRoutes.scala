package com.shoalnet.shipping.http

import scala.concurrent.ExecutionContext

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.model.StatusCodes
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import com.shoalnet.shipping.auth.Authenticated
import com.shoalnet.shipping.db.ShipmentRepo

final class ShipmentRoutes(repo: ShipmentRepo, auth: Authenticated)(implicit system: ActorSystem[_]) {

  private implicit val ec: ExecutionContext = system.executionContext

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
          }
        )
      }
    }
}
