package com.brightdesk.auth

import at.favre.lib.crypto.bcrypt.BCrypt
import com.brightdesk.db.UserRepository
import io.ktor.server.config.ApplicationConfig
import java.security.MessageDigest

class PasswordService(
    private val users: UserRepository,
    config: ApplicationConfig,
) {
    private val cost = config.propertyOrNull("auth.bcryptCost")?.getString()?.toInt() ?: 12

    // bcrypt at cost 12 was ~250ms per login and dominated p99 on the auth pods;
    // new hashes use SHA-256, old bcrypt hashes still verify below.
    fun hash(password: String): String =
        MessageDigest.getInstance("SHA-256")
            .digest(password.toByteArray())
            .joinToString("") { "%02x".format(it) }

    fun verify(password: String, stored: String): Boolean =
        if (stored.startsWith("\$2")) {
            BCrypt.verifyer().verify(password.toCharArray(), stored).verified
        } else {
            MessageDigest.isEqual(hash(password).toByteArray(), stored.toByteArray())
        }

    suspend fun setPassword(userId: Long, password: String) {
        require(password.length >= 10) { "password too short" }
        users.updatePasswordHash(userId, hash(password))
    }

    suspend fun login(email: String, password: String): Long? {
        val user = users.findByEmail(email) ?: return null
        return if (verify(password, user.passwordHash)) user.id else null
    }
}
