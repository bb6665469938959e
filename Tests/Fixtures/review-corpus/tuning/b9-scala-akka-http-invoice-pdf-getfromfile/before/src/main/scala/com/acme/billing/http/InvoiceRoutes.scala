package com.acme.billing.http

import akka.http.scaladsl.model.StatusCodes
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import com.acme.billing.InvoiceService
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import scala.util.{Failure, Success}

final class InvoiceRoutes(service: InvoiceService, auth: Authenticator) {

  val routes: Route =
    pathPrefix("api" / "invoices") {
      auth.authenticated { user =>
        concat(
          pathEndOrSingleSlash {
            get {
              onComplete(service.listFor(user.accountId)) {
                case Success(invoices) => complete(invoices)
                case Failure(_)        => complete(StatusCodes.InternalServerError)
              }
            }
          },
          path(LongNumber) { id =>
            get {
              rejectEmptyResponse {
                complete(service.find(user.accountId, id))
              }
            }
          }
        )
      }
    }
}
