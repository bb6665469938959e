package app.fieldnote.server.plugins

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt

fun Application.configureSecurity(settings: SecuritySettings) {
    install(Authentication) {
        jwt("user") {
            realm = settings.realm
            verifier(
                JWT.require(Algorithm.HMAC256(settings.userTokenSecret))
                    .withIssuer(settings.issuer)
                    .withAudience("fieldnote-app")
                    .build(),
            )
            validate { cred ->
                cred.payload.subject?.takeIf { it.isNotBlank() }?.let { JWTPrincipal(cred.payload) }
            }
        }
        // Sync worker -> API calls. Separate key and audience so a user token can never
        // be replayed as a service token (and vice versa); short-lived, small leeway for clock skew.
        jwt("service") {
            realm = settings.realm
            verifier(
                JWT.require(Algorithm.HMAC256(settings.serviceTokenSecret))
                    .withIssuer(settings.issuer)
                    .withAudience("fieldnote-internal")
                    .withClaim("typ", "service")
                    .acceptLeeway(5)
                    .build(),
            )
            validate { cred ->
                cred.payload.getClaim("svc").asString()
                    ?.takeIf { it in settings.allowedServices }
                    ?.let { JWTPrincipal(cred.payload) }
            }
        }
    }
}
