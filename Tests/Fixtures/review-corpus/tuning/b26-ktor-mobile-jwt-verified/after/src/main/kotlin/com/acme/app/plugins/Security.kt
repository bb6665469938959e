package com.acme.app.plugins

import com.acme.app.auth.MobilePrincipal
import com.acme.app.auth.UserSession
import com.acme.app.auth.SessionStore
import com.auth0.jwk.JwkProviderBuilder
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.auth.session
import io.ktor.server.response.respond
import io.ktor.server.sessions.SessionTransportTransformerEncrypt
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import io.ktor.util.hex
import java.net.URL
import java.time.Instant
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.days

fun Application.configureSecurity(sessionStore: SessionStore) {
    val config = environment.config
    val encryptKey = hex(config.property("session.encryptKey").getString())
    val signKey = hex(config.property("session.signKey").getString())

    val jwtIssuer = config.property("jwt.issuer").getString()
    val jwtAudience = config.property("jwt.audience").getString()
    val jwkProvider = JwkProviderBuilder(URL("$jwtIssuer/.well-known/jwks.json"))
        .cached(10, 24, TimeUnit.HOURS)
        .rateLimited(10, 1, TimeUnit.MINUTES)
        .build()

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

        // Bearer tokens for the mobile apps, issued by our identity provider
        // and verified against its published RS256 keys.
        jwt("mobile") {
            realm = "acme-mobile"
            verifier(jwkProvider, jwtIssuer) {
                withAudience(jwtAudience)
                acceptLeeway(30)
            }
            validate { credential ->
                val subject = credential.payload.subject
                val scopes = credential.payload.getClaim("scope").asString()?.split(' ').orEmpty()
                if (!subject.isNullOrBlank() && "app:read" in scopes) {
                    MobilePrincipal(userId = subject, scopes = scopes.toSet())
                } else {
                    null
                }
            }
            challenge { _, _ ->
                call.respond(HttpStatusCode.Unauthorized)
            }
        }
    }
}
