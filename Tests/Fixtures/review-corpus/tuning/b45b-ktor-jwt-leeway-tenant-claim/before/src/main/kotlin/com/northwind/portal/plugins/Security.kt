package com.northwind.portal.plugins

import com.auth0.jwk.JwkProviderBuilder
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import java.net.URL
import java.security.interfaces.RSAPublicKey
import java.util.concurrent.TimeUnit

fun Application.configureSecurity() {
    val issuer = environment.config.property("jwt.issuer").getString()
    val audience = environment.config.property("jwt.audience").getString()
    val jwks = JwkProviderBuilder(URL("$issuer/.well-known/jwks.json"))
        .cached(10, 24, TimeUnit.HOURS)
        .rateLimited(10, 1, TimeUnit.MINUTES)
        .build()

    install(Authentication) {
        jwt("portal-user") {
            realm = "portal"
            verifier { header ->
                val key = jwks.get(header.keyId).publicKey as RSAPublicKey
                JWT.require(Algorithm.RSA256(key, null))
                    .withIssuer(issuer)
                    .withAudience(audience)
                    .build()
            }
            validate { credential ->
                if (credential.subject != null) JWTPrincipal(credential.payload) else null
            }
        }
    }
}
