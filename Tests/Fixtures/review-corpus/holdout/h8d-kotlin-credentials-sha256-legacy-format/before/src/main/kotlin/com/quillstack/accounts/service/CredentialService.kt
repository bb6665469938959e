package com.quillstack.accounts.service

import com.quillstack.accounts.domain.Account
import com.quillstack.accounts.domain.AccountRepository
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

@Service
class CredentialService(
    private val accounts: AccountRepository,
    private val passwordEncoder: PasswordEncoder,
) {

    @Transactional
    fun setPassword(account: Account, rawPassword: String) {
        require(rawPassword.length >= 12) { "password too short" }
        account.passwordHash = passwordEncoder.encode(rawPassword)
        accounts.save(account)
    }

    fun matches(account: Account, rawPassword: String): Boolean =
        account.passwordHash?.let { passwordEncoder.matches(rawPassword, it) } ?: false
}
