package com.acme.accounts

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class PasswordService(
    private val users: UserRepository,
) {
    private val encoder = BCryptPasswordEncoder(12)

    @Transactional
    fun setPassword(userId: Long, raw: String) {
        require(raw.length >= 12) { "password must be at least 12 characters" }
        val user = users.findById(userId).orElseThrow()
        user.passwordHash = encoder.encode(raw)
        user.passwordChangedAt = java.time.Instant.now()
        users.save(user)
    }

    fun matches(user: User, raw: String): Boolean =
        encoder.matches(raw, user.passwordHash)
}
