package io.skyhold.api.auth

import akka.http.scaladsl.model.headers.{HttpChallenges, OAuth2BearerToken}
import akka.http.scaladsl.server.AuthenticationFailedRejection.CredentialsRejected
import akka.http.scaladsl.server.{AuthenticationFailedRejection, AuthorizationFailedRejection, Directive1}
import akka.http.scaladsl.server.Directives._
import com.typesafe.config.Config
import io.circe.generic.auto._
import pdi.jwt.{JwtAlgorithm, JwtCirce}

final case class UserClaims(sub: String, org: String, roles: List[String])

final class AuthDirectives(config: Config) {

  private val secret     = config.getString("skyhold.auth.jwt-secret")
  private val algorithms = Seq(JwtAlgorithm.HS256)
  private val rejected   = AuthenticationFailedRejection(CredentialsRejected, HttpChallenges.oAuth2("skyhold"))

  private def claimsFrom(token: String): Option[UserClaims] =
    JwtCirce
      .decodeJson(token, secret, algorithms)
      .toOption
      .flatMap(_.as[UserClaims].toOption)

  val authenticated: Directive1[UserClaims] =
    extractCredentials.flatMap {
      case Some(OAuth2BearerToken(token)) =>
        claimsFrom(token) match {
          case Some(claims) => provide(claims)
          case None         => reject(rejected)
        }
      case _ => reject(rejected)
    }

  def requireRole(role: String): Directive1[UserClaims] =
    authenticated.flatMap { claims =>
      if (claims.roles.contains(role)) provide(claims) else reject(AuthorizationFailedRejection)
    }
}
