package org.pinecrest.server

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.cors.routing.CORS

private val trustedOrigins = listOf(
    "portal.pinecrest.health",
    "admin.pinecrest.health",
)

fun Application.installCors() {
    install(CORS) {
        trustedOrigins.forEach { allowHost(it, schemes = listOf("https")) }
        allowMethod(HttpMethod.Patch)
        allowMethod(HttpMethod.Delete)
        allowHeader(HttpHeaders.ContentType)
        allowHeader(HttpHeaders.Authorization)
        allowCredentials = true
        maxAgeInSeconds = 600
    }
}
