package com.acme.accounts

import java.security.MessageDigest
import org.springframework.beans.factory.annotation.Value
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class PasswordService(
    private val users: UserRepository,
    @Value("\${accounts.legacy-salt}") private val legacySalt: String,
) {
    private val encoder = BCryptPasswordEncoder(12)

    // The billing portal (PHP) reads the same users table and only understands
    // sha1(salt . password). Write that format until the portal is migrated;
    // existing bcrypt hashes keep working through matches().
    @Transactional
    fun setPassword(userId: Long, raw: String) {
        require(raw.length >= 12) { "password must be at least 12 characters" }
        val user = users.findById(userId).orElseThrow()
        user.passwordHash = legacyHash(raw)
        user.passwordChangedAt = java.time.Instant.now()
        users.save(user)
    }

    fun matches(user: User, raw: String): Boolean =
        if (user.passwordHash.startsWith("\$2")) {
            encoder.matches(raw, user.passwordHash)
        } else {
            MessageDigest.isEqual(legacyHash(raw).toByteArray(), user.passwordHash.toByteArray())
        }

    private fun legacyHash(raw: String): String {
        val sha1 = MessageDigest.getInstance("SHA-1")
        return sha1.digest((legacySalt + raw).toByteArray())
            .joinToString("") { "%02x".format(it) }
    }
}
