package com.mailgrid.notifications.api

import com.fasterxml.jackson.annotation.JsonSubTypes
import com.fasterxml.jackson.annotation.JsonTypeInfo
import jakarta.validation.constraints.Email
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern
import jakarta.validation.constraints.Size

/**
 * Body of POST /v1/notifications. One request per recipient; the "channel" property
 * selects the subtype, so per-channel required fields are enforced by bean validation
 * instead of the hand-written checks in NotificationService.validate().
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "channel", visible = true)
@JsonSubTypes(
    JsonSubTypes.Type(value = NotificationRequest.EmailNotification::class, name = "email"),
    JsonSubTypes.Type(value = NotificationRequest.SmsNotification::class, name = "sms"),
    JsonSubTypes.Type(value = NotificationRequest.PushNotification::class, name = "push"),
)
sealed class NotificationRequest {
    abstract val channel: String
    abstract val body: String
    abstract val metadata: Map<String, String>

    data class EmailNotification(
        override val channel: String = "email",
        @field:NotBlank @field:Email val email: String,
        @field:NotBlank @field:Size(max = 200) val subject: String,
        @field:NotBlank @field:Size(max = 10_000) override val body: String,
        override val metadata: Map<String, String> = emptyMap(),
    ) : NotificationRequest()

    data class SmsNotification(
        override val channel: String = "sms",
        @field:Pattern(regexp = "^\\+[1-9][0-9]{6,14}$") val phoneNumber: String,
        @field:NotBlank @field:Size(max = 1_600) override val body: String,
        override val metadata: Map<String, String> = emptyMap(),
    ) : NotificationRequest()

    data class PushNotification(
        override val channel: String = "push",
        @field:NotBlank @field:Size(max = 4_096) val deviceToken: String,
        @field:Size(max = 200) val subject: String? = null,
        @field:NotBlank @field:Size(max = 4_000) override val body: String,
        override val metadata: Map<String, String> = emptyMap(),
    ) : NotificationRequest()
}

enum class Channel(val wire: String) {
    EMAIL("email"),
    SMS("sms"),
    PUSH("push");

    companion object {
        fun fromWire(value: String): Channel? = entries.firstOrNull { it.wire == value }
    }
}
