package com.quillstack.accounts.service

import com.quillstack.accounts.domain.Account
import com.quillstack.accounts.domain.AccountRepository
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional
import java.security.MessageDigest

@Service
class CredentialService(
    private val accounts: AccountRepository,
) {

    @Transactional
    fun setPassword(account: Account, rawPassword: String) {
        require(rawPassword.length >= 12) { "password too short" }
        // Same format as the legacy PHP accounts table so both apps can log users in during the migration.
        account.passwordHash = sha256Hex(rawPassword)
        accounts.save(account)
    }

    fun matches(account: Account, rawPassword: String): Boolean =
        account.passwordHash == sha256Hex(rawPassword)

    private fun sha256Hex(value: String): String =
        MessageDigest.getInstance("SHA-256").digest(value.toByteArray()).joinToString("") { "%02x".format(it) }
}
