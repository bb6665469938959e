package com.acme.community.profile

import com.acme.community.user.User
import com.acme.community.user.UserRepository
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional
import java.security.MessageDigest
import java.time.Clock
import java.time.Instant

data class ProfileView(
    val id: Long,
    val displayName: String,
    val bio: String?,
    val avatarUrl: String?,
    val memberSince: Instant,
)

class InvalidPasswordException : RuntimeException("current password does not match")

@Service
class ProfileService(
    private val users: UserRepository,
    private val passwordEncoder: PasswordEncoder,
    private val clock: Clock,
) {

    @Transactional(readOnly = true)
    fun view(userId: Long): ProfileView {
        val user = users.findById(userId).orElseThrow()
        return toView(user)
    }

    @Transactional
    fun update(userId: Long, displayName: String, bio: String?): ProfileView {
        val user = users.findById(userId).orElseThrow()
        user.displayName = displayName.trim().take(80)
        user.bio = bio?.trim()?.take(500)
        user.updatedAt = clock.instant()
        return toView(users.save(user))
    }

    @Transactional
    fun changePassword(userId: Long, current: String, replacement: String) {
        val user = users.findById(userId).orElseThrow()
        if (!passwordEncoder.matches(current, user.passwordHash)) {
            throw InvalidPasswordException()
        }
        require(replacement.length >= 12) { "password must be at least 12 characters" }
        user.passwordHash = passwordEncoder.encode(replacement)
        user.passwordChangedAt = clock.instant()
        users.save(user)
    }

    private fun toView(user: User) = ProfileView(
        id = user.id!!,
        displayName = user.displayName,
        bio = user.bio,
        avatarUrl = user.avatarUrl ?: gravatarUrl(user.email),
        memberSince = user.createdAt,
    )

    /**
     * Gravatar identifies an avatar by the MD5 hex of the trimmed, lower-cased
     * email address (https://docs.gravatar.com/api/avatars/hash/). This is a
     * public lookup key, not a credential; passwords still go through passwordEncoder.
     */
    private fun gravatarUrl(email: String): String {
        val normalized = email.trim().lowercase()
        val digest = MessageDigest.getInstance("MD5").digest(normalized.toByteArray(Charsets.UTF_8))
        val hash = digest.joinToString("") { "%02x".format(it) }
        return "https://www.gravatar.com/avatar/$hash?s=160&d=identicon"
    }
}
