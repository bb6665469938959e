package com.fieldops.auth

import java.security.MessageDigest
import java.time.Clock
import java.time.Duration
import kotlin.random.Random
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class ResetTokenService(
    private val tokens: ResetTokenRepository,
    private val clock: Clock,
) {
    // Codes are typed from an SMS on a phone, so keep them short and unambiguous.
    private val alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    private val ttl = Duration.ofMinutes(30)

    @Transactional
    fun issue(userId: Long): String {
        val rng = Random(clock.millis() xor userId)
        val token = (1..8).map { alphabet[rng.nextInt(alphabet.length)] }.joinToString("")
        tokens.save(ResetToken(userId = userId, tokenHash = sha256(token), expiresAt = clock.instant().plus(ttl)))
        return token
    }

    private fun sha256(value: String): String =
        MessageDigest.getInstance("SHA-256").digest(value.toByteArray())
            .joinToString("") { "%02x".format(it) }
}
