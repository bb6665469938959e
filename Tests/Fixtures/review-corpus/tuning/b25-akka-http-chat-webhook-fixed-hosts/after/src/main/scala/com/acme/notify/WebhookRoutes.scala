package com.acme.notify

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.marshallers.sprayjson.SprayJsonSupport._
import akka.http.scaladsl.model._
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import spray.json._

import scala.concurrent.{ExecutionContext, Future}
import scala.util.{Failure, Success}

final case class ChannelRequest(provider: String, token: String)
final case class TestResult(delivered: Boolean, status: Int)

object WebhookJson extends DefaultJsonProtocol {
  implicit val channelRequestFormat: RootJsonFormat[ChannelRequest] = jsonFormat2(ChannelRequest.apply)
  implicit val testResultFormat: RootJsonFormat[TestResult] = jsonFormat2(TestResult.apply)
}

class WebhookRoutes(channels: ChannelStore, auth: TeamAuth)(implicit system: ActorSystem[_]) {
  import WebhookJson._

  private implicit val ec: ExecutionContext = system.executionContext

  // Slack incoming-webhook path: T0123ABCD/B0456EFGH/abcdEFGH1234ijklMNOP5678
  private val SlackToken = "^(T[A-Z0-9]{8,12})/(B[A-Z0-9]{8,12})/([A-Za-z0-9]{24})$".r
  // Discord webhook path: <snowflake id>/<68-char token>
  private val DiscordToken = "^([0-9]{17,20})/([A-Za-z0-9_-]{60,80})$".r

  // The host is always one of ours to pick; the user only ever supplies the
  // path segments, and only in the exact shape each provider issues.
  private def webhookUri(provider: String, token: String): Option[Uri] = (provider, token) match {
    case ("slack", SlackToken(team, bot, secret)) =>
      Some(Uri(s"https://hooks.slack.com/services/$team/$bot/$secret"))
    case ("discord", DiscordToken(id, secret)) =>
      Some(Uri(s"https://discord.com/api/webhooks/$id/$secret"))
    case _ => None
  }

  private def payload(provider: String, text: String): String = provider match {
    case "discord" => JsObject("content" -> JsString(text)).compactPrint
    case _         => JsObject("text" -> JsString(text)).compactPrint
  }

  private def post(uri: Uri, body: String): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(
        method = HttpMethods.POST,
        uri = uri,
        entity = HttpEntity(ContentTypes.`application/json`, body)
      )
    )

  val routes: Route =
    pathPrefix("teams" / LongNumber / "channels") { teamId =>
      auth.requireTeamAdmin(teamId) { _ =>
        concat(
          (post & pathEndOrSingleSlash & entity(as[ChannelRequest])) { req =>
            webhookUri(req.provider, req.token) match {
              case Some(_) =>
                onSuccess(channels.save(teamId, req.provider, req.token)) { id =>
                  complete(StatusCodes.Created, JsObject("id" -> JsNumber(id)))
                }
              case None => complete(StatusCodes.BadRequest, "unsupported provider or malformed token")
            }
          },
          (post & path(LongNumber / "test")) { channelId =>
            onSuccess(channels.find(teamId, channelId)) {
              case Some(ch) =>
                webhookUri(ch.provider, ch.token) match {
                  case Some(uri) =>
                    onComplete(post(uri, payload(ch.provider, "Test message from Acme Notify"))) {
                      case Success(resp) =>
                        resp.discardEntityBytes()
                        complete(TestResult(resp.status.isSuccess(), resp.status.intValue()))
                      case Failure(_) => complete(TestResult(delivered = false, status = 0))
                    }
                  case None => complete(StatusCodes.Conflict, "stored token is malformed")
                }
              case None => complete(StatusCodes.NotFound)
            }
          }
        )
      }
    }
}
