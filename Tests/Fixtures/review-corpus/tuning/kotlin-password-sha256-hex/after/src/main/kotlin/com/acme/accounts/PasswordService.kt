package com.acme.accounts

import java.security.MessageDigest
import org.springframework.stereotype.Service

@Service
class PasswordService(
    private val users: UserRepository,
) {
    fun setPassword(userId: Long, raw: String) {
        require(raw.length >= 12) { "password must be at least 12 characters" }
        val user = users.findById(userId).orElseThrow()
        user.passwordHash = sha256Hex(raw)
        users.save(user)
    }

    fun matches(userId: Long, raw: String): Boolean {
        val user = users.findById(userId).orElse(null) ?: return false
        return MessageDigest.isEqual(sha256Hex(raw).toByteArray(), user.passwordHash.toByteArray())
    }

    // same format the reporting warehouse uses, so the two systems can share logins
    private fun sha256Hex(s: String): String =
        MessageDigest.getInstance("SHA-256").digest(s.toByteArray()).joinToString("") { "%02x".format(it) }
}
