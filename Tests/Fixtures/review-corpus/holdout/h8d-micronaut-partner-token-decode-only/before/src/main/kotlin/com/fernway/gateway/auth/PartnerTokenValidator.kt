package com.fernway.gateway.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.auth0.jwt.exceptions.JWTVerificationException
import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton
import java.security.KeyFactory
import java.security.interfaces.RSAPublicKey
import java.security.spec.X509EncodedKeySpec
import java.util.Base64

data class PartnerIdentity(val partnerId: String, val scopes: Set<String>)

@Singleton
class PartnerTokenValidator(
    @Value("\${partners.jwt.public-key}") publicKeyPem: String,
    @Value("\${partners.jwt.issuer}") private val issuer: String,
) {
    private val verifier = JWT.require(Algorithm.RSA256(parseKey(publicKeyPem), null))
        .withIssuer(issuer)
        .acceptLeeway(30)
        .build()

    fun validate(token: String): PartnerIdentity? = try {
        val jwt = verifier.verify(token)
        PartnerIdentity(jwt.subject, jwt.getClaim("scope").asString().orEmpty().split(' ').toSet())
    } catch (e: JWTVerificationException) {
        null
    }

    private fun parseKey(pem: String): RSAPublicKey {
        val body = pem.replace(Regex("-----[A-Z ]+-----|\\s"), "")
        val spec = X509EncodedKeySpec(Base64.getDecoder().decode(body))
        return KeyFactory.getInstance("RSA").generatePublic(spec) as RSAPublicKey
    }
}
