package com.acme.payments.client

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.marshallers.sprayjson.SprayJsonSupport._
import akka.http.scaladsl.model._
import akka.http.scaladsl.model.headers.{Authorization, OAuth2BearerToken, RawHeader}
import akka.http.scaladsl.unmarshalling.Unmarshal
import com.typesafe.config.Config
import spray.json._

import java.util.UUID
import scala.concurrent.duration._
import scala.concurrent.{ExecutionContext, Future}

final case class ChargeRequest(amountMinor: Long, currency: String, cardToken: String, reference: String)
final case class ChargeResponse(id: String, status: String, declineCode: Option[String])

object PspJsonProtocol extends DefaultJsonProtocol {
  implicit val chargeRequestFormat: RootJsonFormat[ChargeRequest] = jsonFormat4(ChargeRequest.apply)
  implicit val chargeResponseFormat: RootJsonFormat[ChargeResponse] = jsonFormat3(ChargeResponse.apply)
}

final class PspClient(config: Config)(implicit system: ActorSystem[_]) {
  import PspJsonProtocol._

  private implicit val ec: ExecutionContext = system.executionContext

  private val baseUri = Uri(config.getString("psp.base-url"))
  private val apiKey = config.getString("psp.api-key")
  private val timeout = config.getDuration("psp.timeout").toMillis.millis

  private val http = Http(system)

  def charge(req: ChargeRequest): Future[ChargeResponse] = {
    val request = HttpRequest(
      method = HttpMethods.POST,
      uri = baseUri.withPath(baseUri.path / "v2" / "charges"),
      headers = List(
        Authorization(OAuth2BearerToken(apiKey)),
        RawHeader("Idempotency-Key", UUID.nameUUIDFromBytes(req.reference.getBytes("UTF-8")).toString)
      ),
      entity = HttpEntity(ContentTypes.`application/json`, req.toJson.compactPrint)
    )

    send(request).flatMap { response =>
      response.status match {
        case StatusCodes.OK | StatusCodes.Created =>
          Unmarshal(response.entity).to[ChargeResponse]
        case other =>
          response.entity.toStrict(timeout).flatMap { body =>
            Future.failed(new PspException(s"charge ${req.reference} failed: $other ${body.data.utf8String}"))
          }
      }
    }
  }

  private def send(request: HttpRequest): Future[HttpResponse] =
    http.singleRequest(request)
}

final class PspException(message: String) extends RuntimeException(message)
