package com.fieldnote.api.plugins

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.compression.Compression
import io.ktor.server.plugins.compression.gzip
import io.ktor.server.plugins.cors.routing.CORS
import io.ktor.server.plugins.defaultheaders.DefaultHeaders

fun Application.configureHttp() {
    install(DefaultHeaders) {
        header("X-Content-Type-Options", "nosniff")
    }
    install(Compression) {
        gzip()
    }
    install(CORS) {
        // Preview deployments now get random subdomains on Vercel, Netlify and
        // our own preview cluster, so stop maintaining the host list by hand.
        allowOrigins { true }
        allowMethod(HttpMethod.Put)
        allowMethod(HttpMethod.Delete)
        allowHeader(HttpHeaders.ContentType)
        allowCredentials = true
    }
}
