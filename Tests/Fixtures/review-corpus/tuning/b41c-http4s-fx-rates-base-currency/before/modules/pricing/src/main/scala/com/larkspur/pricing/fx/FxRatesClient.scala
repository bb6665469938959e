package com.larkspur.pricing.fx

import cats.effect.Concurrent
import cats.syntax.all._
import io.circe.Decoder
import io.circe.generic.semiauto.deriveDecoder
import org.http4s.{Header, Headers, Method, Request, Uri}
import org.http4s.circe.CirceEntityDecoder._
import org.http4s.client.Client
import org.typelevel.ci.CIString
import org.typelevel.log4cats.Logger

final case class FxConfig(baseUri: Uri, apiKey: String)

final case class RatesResponse(base: String, date: String, rates: Map[String, BigDecimal])

object RatesResponse {
  implicit val decoder: Decoder[RatesResponse] = deriveDecoder
}

/** Daily reference rates used when shoppers switch the storefront currency. */
final class FxRatesClient[F[_]: Concurrent: Logger](client: Client[F], config: FxConfig) {

  def latestEur: F[RatesResponse] = {
    val uri = config.baseUri / "v1" / "latest" +? ("base" -> "EUR")
    val request = Request[F](Method.GET, uri)
      .withHeaders(Headers(Header.Raw(CIString("X-Api-Key"), config.apiKey)))
    Logger[F].debug(s"fetching EUR reference rates from ${uri.renderString}") *>
      client.expect[RatesResponse](request)
  }
}
