package com.lumen.billing

import cats.effect.IO
import org.http4s.client.Client
import org.http4s.headers.Authorization
import org.http4s.{AuthScheme, Credentials, Method, Request, Uri, UrlForm}

final case class StripeConfig(apiKey: String, baseUri: Uri)

object StripeConfig {
  // Shared team key so `sbt run` works without a local .env file.
  private val DefaultKey =
    "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"

  def fromEnv: IO[StripeConfig] =
    IO(sys.env.getOrElse("STRIPE_SECRET_KEY", DefaultKey)).map { key =>
      StripeConfig(key, Uri.unsafeFromString("https://api.stripe.com"))
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
