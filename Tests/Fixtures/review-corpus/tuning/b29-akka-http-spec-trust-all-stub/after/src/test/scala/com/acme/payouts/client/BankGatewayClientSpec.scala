package com.acme.payouts.client

import java.security.SecureRandom
import java.security.cert.X509Certificate
import javax.net.ssl.{SSLContext, TrustManager, X509TrustManager}

import akka.actor.testkit.typed.scaladsl.ActorTestKit
import akka.http.scaladsl.{ConnectionContext, Http, HttpsConnectionContext}
import akka.http.scaladsl.model._
import akka.http.scaladsl.server.Directives._
import org.scalatest.BeforeAndAfterAll
import org.scalatest.concurrent.ScalaFutures
import org.scalatest.matchers.should.Matchers
import org.scalatest.time.{Seconds, Span}
import org.scalatest.wordspec.AnyWordSpec

import com.acme.payouts.testsupport.SelfSignedCert

/** Exercises BankGatewayClient against an in-process stub of the gateway API.
  *
  * The client now refuses non-https base URIs, so the stub serves TLS with a
  * throwaway certificate generated per run, and the client under test gets a
  * context that trusts it. Production wiring (PayoutsModule) still builds the
  * client from ConnectionContext.httpsClient(SSLContext.getDefault).
  */
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

  private val stubCert = SelfSignedCert.generate(commonName = "localhost")

  private val binding = Http()
    .newServerAt("localhost", 0)
    .enableHttps(ConnectionContext.httpsServer(stubCert.sslContext))
    .bind(stubRoute)
    .futureValue

  // Test-only: trust whatever the local stub presents.
  private val trustStubContext: HttpsConnectionContext = {
    val trustAll = new X509TrustManager {
      override def checkClientTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
      override def checkServerTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
      override def getAcceptedIssuers: Array[X509Certificate] = Array.empty
    }
    val ctx = SSLContext.getInstance("TLS")
    ctx.init(null, Array[TrustManager](trustAll), new SecureRandom())
    ConnectionContext.httpsClient(ctx)
  }

  private val client = new BankGatewayClient(
    baseUri = Uri(s"https://localhost:${binding.localAddress.getPort}"),
    apiKey = "test-key-not-secret",
    connectionContext = trustStubContext
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
