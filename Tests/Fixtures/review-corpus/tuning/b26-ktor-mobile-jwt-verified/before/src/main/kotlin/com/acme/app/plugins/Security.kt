package com.acme.app.plugins

import com.acme.app.auth.UserSession
import com.acme.app.auth.SessionStore
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.session
import io.ktor.server.response.respond
import io.ktor.server.sessions.SessionTransportTransformerEncrypt
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import io.ktor.util.hex
import java.time.Instant
import kotlin.time.Duration.Companion.days

fun Application.configureSecurity(sessionStore: SessionStore) {
    val config = environment.config
    val encryptKey = hex(config.property("session.encryptKey").getString())
    val signKey = hex(config.property("session.signKey").getString())

    install(Sessions) {
        cookie<UserSession>("acme_session") {
            cookie.path = "/"
            cookie.httpOnly = true
            cookie.secure = true
            cookie.extensions["SameSite"] = "Lax"
            cookie.maxAgeInSeconds = 14.days.inWholeSeconds
            transform(SessionTransportTransformerEncrypt(encryptKey, signKey))
        }
    }

    install(Authentication) {
        session<UserSession>("web") {
            validate { session ->
                val stored = sessionStore.find(session.id)
                if (stored != null && stored.expiresAt.isAfter(Instant.now()) && !stored.revoked) {
                    session
                } else {
                    null
                }
            }
            challenge {
                call.respond(HttpStatusCode.Unauthorized)
            }
        }
    }
}
