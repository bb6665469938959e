package com.fieldops.auth

import java.security.MessageDigest
import java.security.SecureRandom
import java.time.Clock
import java.time.Duration
import java.util.Base64
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class ResetTokenService(
    private val tokens: ResetTokenRepository,
    private val clock: Clock,
) {
    private val random = SecureRandom()
    private val ttl = Duration.ofMinutes(30)

    @Transactional
    fun issue(userId: Long): String {
        val bytes = ByteArray(32).also(random::nextBytes)
        val token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
        tokens.save(ResetToken(userId = userId, tokenHash = sha256(token), expiresAt = clock.instant().plus(ttl)))
        return token
    }

    private fun sha256(value: String): String =
        MessageDigest.getInstance("SHA-256").digest(value.toByteArray())
            .joinToString("") { "%02x".format(it) }
}
