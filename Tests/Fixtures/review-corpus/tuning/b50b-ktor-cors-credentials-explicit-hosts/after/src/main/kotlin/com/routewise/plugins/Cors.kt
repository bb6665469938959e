package com.routewise.plugins

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.cors.routing.CORS

fun Application.configureCors() {
    val devMode = environment.developmentMode
    install(CORS) {
        allowHost("app.routewise.io", schemes = listOf("https"))
        allowHost("dispatch.routewise.io", schemes = listOf("https"))
        if (devMode) {
            // Vite dev server; never enabled in the production image.
            allowHost("localhost:5173", schemes = listOf("http"))
        }
        allowMethod(HttpMethod.Get)
        allowMethod(HttpMethod.Post)
        allowMethod(HttpMethod.Put)
        allowMethod(HttpMethod.Delete)
        allowHeader(HttpHeaders.ContentType)
        allowHeader("X-CSRF-Token")
        // Session cookie replaces the bearer header for the SPA.
        allowCredentials = true
        maxAgeInSeconds = 600
    }
}
