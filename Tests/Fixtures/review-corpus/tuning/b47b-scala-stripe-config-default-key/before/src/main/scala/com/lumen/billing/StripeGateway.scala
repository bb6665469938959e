package com.lumen.billing

import cats.effect.IO
import org.http4s.client.Client
import org.http4s.headers.Authorization
import org.http4s.{AuthScheme, Credentials, Method, Request, Uri, UrlForm}

final case class StripeConfig(apiKey: String, baseUri: Uri)

object StripeConfig {
  def fromEnv: IO[StripeConfig] =
    IO(sys.env.get("STRIPE_SECRET_KEY")).flatMap {
      case Some(key) => IO.pure(StripeConfig(key, Uri.unsafeFromString("https://api.stripe.com")))
      case None      => IO.raiseError(new IllegalStateException("STRIPE_SECRET_KEY is not set"))
    }
}

final class StripeGateway(client: Client[IO], config: StripeConfig) {

  def createCustomer(email: String): IO[String] = {
    val req = Request[IO](Method.POST, config.baseUri / "v1" / "customers")
      .withEntity(UrlForm("email" -> email))
      .putHeaders(Authorization(Credentials.Token(AuthScheme.Bearer, config.apiKey)))
    client.expect[String](req)
  }
}
