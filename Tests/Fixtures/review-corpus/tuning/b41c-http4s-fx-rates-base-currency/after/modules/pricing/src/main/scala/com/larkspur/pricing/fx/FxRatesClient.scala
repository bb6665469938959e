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

/** Currencies the storefront can price in. Anything else is rejected at the route. */
sealed abstract class Currency(val code: String)

object Currency {
  case object EUR extends Currency("EUR")
  case object GBP extends Currency("GBP")
  case object USD extends Currency("USD")
  case object SEK extends Currency("SEK")
  case object PLN extends Currency("PLN")

  val all: List[Currency] = List(EUR, GBP, USD, SEK, PLN)

  def parse(raw: String): Either[String, Currency] =
    all.find(_.code == raw.trim.toUpperCase).toRight(s"unsupported currency '$raw'")
}

/** Daily reference rates used when shoppers switch the storefront currency. */
final class FxRatesClient[F[_]: Concurrent: Logger](client: Client[F], config: FxConfig) {

  def latestEur: F[RatesResponse] = latest(Currency.EUR)

  /** Marketplace sellers in the UK and Sweden list in their own currency, so the base varies. */
  def latest(base: Currency): F[RatesResponse] = {
    val uri = config.baseUri / "v1" / "latest" +? ("base" -> base.code)
    val request = Request[F](Method.GET, uri)
      .withHeaders(Headers(Header.Raw(CIString("X-Api-Key"), config.apiKey)))
    Logger[F].debug(s"fetching ${base.code} reference rates from ${uri.renderString}") *>
      client.expect[RatesResponse](request)
  }

  def latestFor(rawBase: String): F[Either[String, RatesResponse]] =
    Currency.parse(rawBase).traverse(latest)
}
