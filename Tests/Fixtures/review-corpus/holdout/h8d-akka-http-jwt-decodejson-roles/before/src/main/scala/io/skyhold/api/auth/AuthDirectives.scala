package io.skyhold.api.auth

import akka.http.scaladsl.model.headers.{HttpChallenges, OAuth2BearerToken}
import akka.http.scaladsl.server.AuthenticationFailedRejection.CredentialsRejected
import akka.http.scaladsl.server.{AuthenticationFailedRejection, Directive1}
import akka.http.scaladsl.server.Directives._
import com.typesafe.config.Config
import io.circe.generic.auto._
import io.circe.parser.decode
import pdi.jwt.{JwtAlgorithm, JwtCirce}

final case class UserClaims(sub: String, org: String, roles: List[String])

final class AuthDirectives(config: Config) {

  private val secret     = config.getString("skyhold.auth.jwt-secret")
  private val algorithms = Seq(JwtAlgorithm.HS256)
  private val rejected   = AuthenticationFailedRejection(CredentialsRejected, HttpChallenges.oAuth2("skyhold"))

  private def claimsFrom(token: String): Option[UserClaims] =
    JwtCirce
      .decode(token, secret, algorithms)
      .toOption
      .flatMap(c => decode[UserClaims](c.content).toOption)

  val authenticated: Directive1[UserClaims] =
    extractCredentials.flatMap {
      case Some(OAuth2BearerToken(token)) =>
        claimsFrom(token) match {
          case Some(claims) => provide(claims)
          case None         => reject(rejected)
        }
      case _ => reject(rejected)
    }
}
