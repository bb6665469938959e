package io.teamboard.profile

import jakarta.validation.Valid
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Size
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.security.core.annotation.AuthenticationPrincipal
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.util.DigestUtils
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PutMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.server.ResponseStatusException

data class ProfileResponse(
    val id: Long,
    val displayName: String,
    val email: String,
    val timezone: String,
    val avatarUrl: String,
)

data class UpdateProfileRequest(
    @field:NotBlank @field:Size(max = 80) val displayName: String,
    @field:NotBlank val timezone: String,
)

data class ChangePasswordRequest(
    @field:NotBlank val currentPassword: String,
    @field:NotBlank @field:Size(min = 12, max = 128) val newPassword: String,
)

@RestController
@RequestMapping("/api/me")
class ProfileController(
    private val users: UserRepository,
    private val passwordEncoder: PasswordEncoder,
) {

    @GetMapping
    fun me(@AuthenticationPrincipal principal: AppUserDetails): ProfileResponse =
        users.findById(principal.id).orElseThrow().toResponse()

    @PutMapping
    fun update(
        @AuthenticationPrincipal principal: AppUserDetails,
        @Valid @RequestBody body: UpdateProfileRequest,
    ): ProfileResponse {
        val user = users.findById(principal.id).orElseThrow()
        user.displayName = body.displayName.trim()
        user.timezone = body.timezone
        return users.save(user).toResponse()
    }

    @PutMapping("/password")
    fun changePassword(
        @AuthenticationPrincipal principal: AppUserDetails,
        @Valid @RequestBody body: ChangePasswordRequest,
    ): ResponseEntity<Void> {
        val user = users.findById(principal.id).orElseThrow()
        if (!passwordEncoder.matches(body.currentPassword, user.passwordHash)) {
            throw ResponseStatusException(HttpStatus.BAD_REQUEST, "current password is incorrect")
        }
        user.passwordHash = passwordEncoder.encode(body.newPassword)
        users.save(user)
        return ResponseEntity.noContent().build()
    }

    private fun User.toResponse() = ProfileResponse(
        id = id!!,
        displayName = displayName,
        email = email,
        timezone = timezone,
        avatarUrl = gravatarUrl(email),
    )

    // Gravatar identifies images by the MD5 of the trimmed, lower-cased address.
    // https://docs.gravatar.com/general/hash/
    private fun gravatarUrl(email: String, size: Int = 128): String {
        val hash = DigestUtils.md5DigestAsHex(email.trim().lowercase().toByteArray(Charsets.UTF_8))
        return "https://www.gravatar.com/avatar/$hash?s=$size&d=identicon"
    }
}
