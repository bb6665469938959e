package com.acme.accounts

import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Service

@Service
class PasswordService(
    private val encoder: PasswordEncoder,
    private val users: UserRepository,
) {
    fun setPassword(userId: Long, raw: String) {
        require(raw.length >= 12) { "password must be at least 12 characters" }
        val user = users.findById(userId).orElseThrow()
        user.passwordHash = encoder.encode(raw)
        users.save(user)
    }

    fun matches(userId: Long, raw: String): Boolean {
        val user = users.findById(userId).orElse(null) ?: return false
        return encoder.matches(raw, user.passwordHash)
    }
}
