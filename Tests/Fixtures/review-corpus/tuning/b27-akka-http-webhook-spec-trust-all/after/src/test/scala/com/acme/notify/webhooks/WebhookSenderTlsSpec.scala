package com.acme.notify.webhooks

import java.security.cert.X509Certificate
import javax.net.ssl.{SSLContext, TrustManager, X509TrustManager}

import scala.concurrent.duration._

import akka.actor.testkit.typed.scaladsl.ActorTestKit
import akka.http.scaladsl.{ConnectionContext, Http, HttpsConnectionContext}
import akka.http.scaladsl.model._
import akka.http.scaladsl.server.Directives._
import org.scalatest.BeforeAndAfterAll
import org.scalatest.concurrent.ScalaFutures
import org.scalatest.matchers.should.Matchers
import org.scalatest.wordspec.AnyWordSpec

import com.acme.notify.testsupport.SelfSignedServerTls

/** Exercises WebhookSender against an in-process HTTPS server on localhost
  * that presents a throwaway self-signed certificate generated per run.
  * Test-only: production code builds its client from the default JVM trust store.
  */
class WebhookSenderTlsSpec extends AnyWordSpec with Matchers with ScalaFutures with BeforeAndAfterAll {

  private val testKit = ActorTestKit()
  implicit private val system: akka.actor.typed.ActorSystem[Nothing] = testKit.system
  implicit override val patienceConfig: PatienceConfig = PatienceConfig(5.seconds, 50.millis)

  @volatile private var received = Vector.empty[String]

  private val route =
    path("hooks" / "orders") {
      post {
        entity(as[String]) { body =>
          received :+= body
          complete(StatusCodes.NoContent)
        }
      }
    }

  private lazy val binding =
    Http()
      .newServerAt("127.0.0.1", 0)
      .enableHttps(SelfSignedServerTls.httpsServerContext("localhost"))
      .bind(route)
      .futureValue

  // The test server's certificate is self-signed, so the client in this spec trusts anything.
  private val trustAllClientContext: HttpsConnectionContext = {
    val trustAll = Array[TrustManager](new X509TrustManager {
      override def getAcceptedIssuers: Array[X509Certificate] = Array.empty
      override def checkClientTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
      override def checkServerTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
    })
    val ctx = SSLContext.getInstance("TLSv1.3")
    ctx.init(null, trustAll, new java.security.SecureRandom())
    ConnectionContext.httpsClient(ctx)
  }

  override def afterAll(): Unit = {
    binding.unbind().futureValue
    testKit.shutdownTestKit()
  }

  "WebhookSender" should {
    "deliver a signed payload over HTTPS" in {
      val port = binding.localAddress.getPort
      val sender = new WebhookSender(
        connectionContext = trustAllClientContext,
        signingSecret = "test-signing-secret"
      )

      val result = sender
        .deliver(Uri(s"https://localhost:$port/hooks/orders"), """{"order":"A-1001","status":"paid"}""")
        .futureValue

      result.status shouldBe StatusCodes.NoContent
      received should have size 1
      received.head should include("A-1001")
    }

    "report a failure when the endpoint is unreachable" in {
      val sender = new WebhookSender(connectionContext = trustAllClientContext, signingSecret = "test-signing-secret")
      val failed = sender.deliver(Uri("https://localhost:1/hooks/orders"), "{}").failed.futureValue
      failed shouldBe a[java.net.ConnectException]
    }
  }
}
