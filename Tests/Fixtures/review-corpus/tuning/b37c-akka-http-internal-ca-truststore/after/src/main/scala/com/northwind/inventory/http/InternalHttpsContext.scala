package com.northwind.inventory.http

import java.io.FileInputStream
import java.nio.file.{Files, Path, Paths}
import java.security.KeyStore
import javax.net.ssl.{SSLContext, SSLEngine, TrustManagerFactory}

import scala.util.Using

import akka.http.scaladsl.{ConnectionContext, HttpsConnectionContext}
import com.typesafe.config.Config
import org.slf4j.LoggerFactory

/**
 * Client-side TLS for calls to services behind the internal mesh gateway, whose
 * certificates are issued by the Northwind internal CA rather than a public CA.
 *
 * The truststore is mounted from the `internal-ca` secret and contains only the
 * CA certificate; no private keys are involved.
 */
object InternalHttpsContext {

  private val log = LoggerFactory.getLogger(getClass)

  def fromConfig(config: Config): HttpsConnectionContext = {
    val path     = Paths.get(config.getString("inventory.internal-tls.truststore-path"))
    val password = config.getString("inventory.internal-tls.truststore-password").toCharArray
    create(path, password)
  }

  def create(truststorePath: Path, password: Array[Char]): HttpsConnectionContext = {
    require(Files.isReadable(truststorePath), s"truststore not readable: $truststorePath")

    val trustStore = KeyStore.getInstance("PKCS12")
    Using.resource(new FileInputStream(truststorePath.toFile)) { in =>
      trustStore.load(in, password)
    }
    log.info("loaded internal CA truststore with {} entries", trustStore.size())

    val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm)
    tmf.init(trustStore)

    val sslContext = SSLContext.getInstance("TLS")
    sslContext.init(null, tmf.getTrustManagers, null)

    ConnectionContext.httpsClient { (host: String, port: Int) =>
      val engine: SSLEngine = sslContext.createSSLEngine(host, port)
      engine.setUseClientMode(true)
      val params = engine.getSSLParameters
      params.setEndpointIdentificationAlgorithm("HTTPS")
      params.setProtocols(Array("TLSv1.3", "TLSv1.2"))
      engine.setSSLParameters(params)
      engine
    }
  }
}
