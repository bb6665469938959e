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
    }
}
