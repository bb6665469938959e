package com.northwind.apikeys

import java.security.MessageDigest
import java.security.SecureRandom
import java.time.Clock
import java.time.Instant
import java.util.Base64
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional

data class IssuedKey(val id: Long, val plaintext: String, val prefix: String)

@Service
class ApiKeyService(
    private val repository: ApiKeyRepository,
    private val clock: Clock,
) {
    private val random = SecureRandom()
    private val encoder = Base64.getUrlEncoder().withoutPadding()

    @Transactional
    fun issue(ownerId: Long, label: String): IssuedKey {
        val bytes = ByteArray(32).also(random::nextBytes)
        val secret = "nwk_" + encoder.encodeToString(bytes)
        val entity = repository.save(
            ApiKey(
                ownerId = ownerId,
                label = label.take(80),
                prefix = secret.take(12),
                secretHash = sha256(secret),
                createdAt = Instant.now(clock),
            )
        )
        return IssuedKey(entity.id!!, secret, entity.prefix)
    }

    fun authenticate(presented: String): ApiKey? {
        val candidate = repository.findByPrefix(presented.take(12)) ?: return null
        val matches = MessageDigest.isEqual(candidate.secretHash, sha256(presented))
        return candidate.takeIf { matches && it.revokedAt == null }
    }

    private fun sha256(value: String): ByteArray =
        MessageDigest.getInstance("SHA-256").digest(value.toByteArray(Charsets.UTF_8))
}