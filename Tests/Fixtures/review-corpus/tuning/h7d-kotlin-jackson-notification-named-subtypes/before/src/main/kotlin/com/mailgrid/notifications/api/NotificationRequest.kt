package com.mailgrid.notifications.api

import jakarta.validation.Valid
import jakarta.validation.constraints.Email
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern
import jakarta.validation.constraints.Size

/**
 * Body of POST /v1/notifications. One request per recipient; which fields are
 * required depends on [channel] and is checked in NotificationService.validate().
 */
data class NotificationRequest(
    @field:NotBlank
    val channel: String,

    @field:Email
    val email: String? = null,

    @field:Pattern(regexp = "^\\+[1-9][0-9]{6,14}$")
    val phoneNumber: String? = null,

    val deviceToken: String? = null,

    @field:Size(max = 200)
    val subject: String? = null,

    @field:NotBlank
    @field:Size(max = 10_000)
    val body: String,

    @field:Valid
    val metadata: Map<String, String> = emptyMap(),
)

enum class Channel(val wire: String) {
    EMAIL("email"),
    SMS("sms"),
    PUSH("push");

    companion object {
        fun fromWire(value: String): Channel? = entries.firstOrNull { it.wire == value }
    }
}
