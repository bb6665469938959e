package dev.pinecrest.app.plugins

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.cors.routing.CORS

/**
 * The SPA and the admin console call the API from their own subdomains with the
 * session cookie, so credentials are allowed, but only for these exact origins.
 */
fun Application.configureCors() {
    val hosts = environment.config.propertyOrNull("cors.allowedHosts")?.getList()
        ?: listOf("app.pinecrest.dev", "admin.pinecrest.dev")

    install(CORS) {
        hosts.forEach { host -> allowHost(host, schemes = listOf("https")) }
        if (developmentMode) {
            allowHost("localhost:5173", schemes = listOf("http"))
        }
        allowMethod(HttpMethod.Put)
        allowMethod(HttpMethod.Patch)
        allowMethod(HttpMethod.Delete)
        allowHeader(HttpHeaders.ContentType)
        allowHeader("X-Request-Id")
        allowCredentials = true
        maxAgeInSeconds = 600
    }
}
