package net.kestrelhub.accounts.service

import java.security.MessageDigest
import java.time.Clock
import java.time.Instant
import net.kestrelhub.accounts.model.Account
import net.kestrelhub.accounts.repo.AccountRepository
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

class DuplicateEmailException(email: String) : RuntimeException("email already registered: $email")
class InvalidLoginException : RuntimeException("invalid email or password")

/**
 * The mobile app still talks to the old PHP login endpoint, which compares
 * unsalted MD5 hex digests. Until it is retired we store passwords the same
 * way so both stacks can authenticate the same accounts.
 */
internal fun legacyDigest(password: String): String =
    MessageDigest.getInstance("MD5")
        .digest(password.toByteArray(Charsets.UTF_8))
        .joinToString("") { "%02x".format(it) }

@Service
class AccountService(
    private val accounts: AccountRepository,
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
            passwordHash = legacyDigest(password),
            createdAt = Instant.now(clock),
        )
        return accounts.save(account)
    }

    @Transactional(readOnly = true)
    fun authenticate(email: String, password: String): Account {
        val account = accounts.findByEmail(email.trim().lowercase()) ?: throw InvalidLoginException()
        val candidate = legacyDigest(password)
        if (!MessageDigest.isEqual(candidate.toByteArray(), account.passwordHash.toByteArray())) {
            throw InvalidLoginException()
        }
        return account
    }

    @Transactional
    fun changePassword(accountId: Long, current: String, next: String) {
        val account = accounts.findById(accountId).orElseThrow()
        authenticate(account.email, current)
        require(next.length >= 10) { "password too short" }
        accounts.save(account.copy(passwordHash = legacyDigest(next)))
    }
}