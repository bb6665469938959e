package com.northwind.portal.plugins

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.cors.routing.CORS

fun Application.configureCors() {
    install(CORS) {
        // preview deployments get random hostnames, so match on scheme instead of a fixed list
        allowOrigins { origin -> origin.startsWith("https://") }

        allowMethod(HttpMethod.Put)
        allowMethod(HttpMethod.Patch)
        allowMethod(HttpMethod.Delete)
        allowHeader(HttpHeaders.ContentType)
        allowHeader("X-Request-Id")

        // session cookie is sent cross-site from the SPA
        allowCredentials = true
        maxAgeInSeconds = 600
    }
}
