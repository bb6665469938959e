package net.kestrelhub.accounts.service

import java.time.Clock
import java.time.Instant
import net.kestrelhub.accounts.model.Account
import net.kestrelhub.accounts.repo.AccountRepository
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

class DuplicateEmailException(email: String) : RuntimeException("email already registered: $email")
class InvalidLoginException : RuntimeException("invalid email or password")

@Service
class AccountService(
    private val accounts: AccountRepository,
    private val passwordEncoder: PasswordEncoder, // BCryptPasswordEncoder(12), see SecurityBeans
    private val clock: Clock,
) {
    @Transactional
    fun register(email: String, password: String, displayName: String): Account {
        val normalised = email.trim().lowercase()
        require(password.length >= 10) { "password too short" }
        if (accounts.existsByEmail(normalised)) throw DuplicateEmailException(normalised)
        val account = Account(
            email = normalised,
            displayName = displayName.trim().take(80),
            passwordHash = passwordEncoder.encode(password),
            createdAt = Instant.now(clock),
        )
        return accounts.save(account)
    }

    @Transactional(readOnly = true)
    fun authenticate(email: String, password: String): Account {
        val account = accounts.findByEmail(email.trim().lowercase()) ?: throw InvalidLoginException()
        if (!passwordEncoder.matches(password, account.passwordHash)) {
            throw InvalidLoginException()
        }
        return account
    }

    @Transactional
    fun changePassword(accountId: Long, current: String, next: String) {
        val account = accounts.findById(accountId).orElseThrow()
        authenticate(account.email, current)
        require(next.length >= 10) { "password too short" }
        accounts.save(account.copy(passwordHash = passwordEncoder.encode(next)))
    }
}