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
        allowHost("app.fieldnote.io", schemes = listOf("https"))
        allowHost("staging.fieldnote.io", schemes = listOf("https"))
        allowMethod(HttpMethod.Put)
        allowMethod(HttpMethod.Delete)
        allowHeader(HttpHeaders.ContentType)
        allowCredentials = true
    }
}
