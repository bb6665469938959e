package com.brightline.api

import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import de.heikoseeberger.akkahttpcirce.FailFastCirceSupport._
import io.circe.generic.auto._

import com.brightline.accounts.AccountService
import com.brightline.auth.Authenticator

final class AccountRoutes(auth: Authenticator, accounts: AccountService) {

  val routes: Route =
    pathPrefix("api" / "accounts") {
      authenticateOAuth2Async(realm = "brightline", auth.verifyBearer) { principal =>
        concat(
          pathEndOrSingleSlash {
            get {
              complete(accounts.listFor(principal.userId))
            }
          },
          path(JavaUUID) { accountId =>
            authorize(accounts.isMember(principal.userId, accountId)) {
              get {
                complete(accounts.get(accountId))
              }
            }
          },
          path(JavaUUID / "statements") { accountId =>
            authorize(accounts.isMember(principal.userId, accountId)) {
              parameters("year".as[Int]) { year =>
                get {
                  complete(accounts.statements(accountId, year))
                }
              }
            }
          }
        )
      }
    }
}
