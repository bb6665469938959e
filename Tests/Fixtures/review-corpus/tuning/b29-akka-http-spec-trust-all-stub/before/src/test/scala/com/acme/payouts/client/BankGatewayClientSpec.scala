package com.acme.payouts.client

import akka.actor.testkit.typed.scaladsl.ActorTestKit
import akka.http.scaladsl.Http
import akka.http.scaladsl.model._
import akka.http.scaladsl.server.Directives._
import org.scalatest.BeforeAndAfterAll
import org.scalatest.concurrent.ScalaFutures
import org.scalatest.matchers.should.Matchers
import org.scalatest.time.{Seconds, Span}
import org.scalatest.wordspec.AnyWordSpec

/** Exercises BankGatewayClient against an in-process stub of the gateway API. */
class BankGatewayClientSpec extends AnyWordSpec with Matchers with ScalaFutures with BeforeAndAfterAll {
  private val testKit = ActorTestKit()
  implicit private val system: akka.actor.typed.ActorSystem[Nothing] = testKit.system
  implicit override val patienceConfig: PatienceConfig = PatienceConfig(timeout = Span(5, Seconds))

  private val stubRoute =
    path("v2" / "transfers") {
      post {
        entity(as[String]) { body =>
          if (body.contains("\"amount_minor\":0")) complete(StatusCodes.UnprocessableEntity)
          else complete(HttpEntity(ContentTypes.`application/json`, """{"id":"tr_test_1","status":"pending"}"""))
        }
      }
    } ~ path("v2" / "transfers" / Segment) { id =>
      get {
        complete(HttpEntity(ContentTypes.`application/json`, s"""{"id":"$id","status":"settled"}"""))
      }
    }

  private val binding = Http()
    .newServerAt("127.0.0.1", 0)
    .bind(stubRoute)
    .futureValue

  private val client = new BankGatewayClient(
    baseUri = Uri(s"http://127.0.0.1:${binding.localAddress.getPort}"),
    apiKey = "test-key-not-secret"
  )

  override def afterAll(): Unit = {
    binding.unbind().futureValue
    testKit.shutdownTestKit()
  }

  "BankGatewayClient" should {
    "create a transfer" in {
      val created = client.createTransfer(TransferRequest("acct_123", amountMinor = 2500, currency = "EUR")).futureValue
      created.id shouldBe "tr_test_1"
      created.status shouldBe TransferStatus.Pending
    }

    "surface validation errors" in {
      val failed = client.createTransfer(TransferRequest("acct_123", amountMinor = 0, currency = "EUR")).failed.futureValue
      failed shouldBe a[GatewayValidationError]
    }

    "fetch transfer status" in {
      client.transferStatus("tr_test_9").futureValue shouldBe TransferStatus.Settled
    }
  }
}
