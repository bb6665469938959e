package com.brightdesk.auth

import at.favre.lib.crypto.bcrypt.BCrypt
import com.brightdesk.db.UserRepository
import io.ktor.server.config.ApplicationConfig

class PasswordService(
    private val users: UserRepository,
    config: ApplicationConfig,
) {
    private val cost = config.propertyOrNull("auth.bcryptCost")?.getString()?.toInt() ?: 12

    fun hash(password: String): String =
        BCrypt.withDefaults().hashToString(cost, password.toCharArray())

    fun verify(password: String, stored: String): Boolean =
        BCrypt.verifyer().verify(password.toCharArray(), stored).verified

    suspend fun setPassword(userId: Long, password: String) {
        require(password.length >= 10) { "password too short" }
        users.updatePasswordHash(userId, hash(password))
    }

    suspend fun login(email: String, password: String): Long? {
        val user = users.findByEmail(email) ?: return null
        return if (verify(password, user.passwordHash)) user.id else null
    }
}
