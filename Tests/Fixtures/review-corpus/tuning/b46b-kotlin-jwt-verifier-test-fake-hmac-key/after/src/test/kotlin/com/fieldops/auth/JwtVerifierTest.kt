package com.fieldops.auth

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.Date
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

class JwtVerifierTest {

    // Test-only key; production keys come from Vault via JwtProperties.
    private val testKey = Keys.hmacShaKeyFor("unit-test-only-hmac-key-not-a-secret-0123456789".toByteArray())
    private val now = Instant.parse("2024-03-01T10:00:00Z")
    private val verifier = JwtVerifier(testKey, Clock.fixed(now, ZoneOffset.UTC))

    private fun token(expiresAt: Instant) = Jwts.builder()
        .subject("user-42")
        .issuedAt(Date.from(now.minusSeconds(60)))
        .expiration(Date.from(expiresAt))
        .signWith(testKey)
        .compact()

    @Test
    fun `accepts a valid token`() {
        assertThat(verifier.verify(token(now.plusSeconds(300)))?.subject).isEqualTo("user-42")
    }

    @Test
    fun `rejects an expired token`() {
        assertThat(verifier.verify(token(now.minusSeconds(1)))).isNull()
    }

    @Test
    fun `rejects an unsigned token`() {
        val unsigned = Jwts.builder().subject("user-42").expiration(Date.from(now.plusSeconds(300))).compact()
        assertThat(verifier.verify(unsigned)).isNull()
    }
}
