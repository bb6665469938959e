package com.acme.dispatch

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import com.acme.dispatch.plugins.configureAuth
import com.acme.dispatch.plugins.configureRouting
import com.acme.dispatch.plugins.configureSerialization
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.metrics.micrometer.MicrometerMetrics
import io.ktor.server.netty.Netty
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import io.micrometer.prometheus.PrometheusConfig
import io.micrometer.prometheus.PrometheusMeterRegistry
import org.slf4j.LoggerFactory

fun main() {
    val port = System.getenv("PORT")?.toIntOrNull() ?: 8080
    val opsPort = System.getenv("OPS_PORT")?.toIntOrNull() ?: 9091

    // Ops endpoints have no auth, so bind them to loopback only. They are reached
    // via `kubectl port-forward` or the Prometheus sidecar in the same pod.
    embeddedServer(Netty, port = opsPort, host = "127.0.0.1", module = Application::opsModule)
        .start(wait = false)

    embeddedServer(Netty, port = port, host = "0.0.0.0", module = Application::module)
        .start(wait = true)
}

fun Application.module() {
    configureSerialization()
    configureAuth()
    configureRouting()
}

fun Application.opsModule() {
    val registry = PrometheusMeterRegistry(PrometheusConfig.DEFAULT)
    install(MicrometerMetrics) { this.registry = registry }
    routing {
        get("/metrics") { call.respondText(registry.scrape()) }
        get("/threads") {
            val dump = Thread.getAllStackTraces().entries.joinToString("\n\n") { (t, frames) ->
                "\"${t.name}\" ${t.state}\n" + frames.joinToString("\n") { "    at $it" }
            }
            call.respondText(dump)
        }
        post("/loglevel/{logger}/{level}") {
            val logger = LoggerFactory.getLogger(call.parameters["logger"]!!) as Logger
            logger.level = Level.toLevel(call.parameters["level"], Level.INFO)
            call.respondText("ok")
        }
    }
}
