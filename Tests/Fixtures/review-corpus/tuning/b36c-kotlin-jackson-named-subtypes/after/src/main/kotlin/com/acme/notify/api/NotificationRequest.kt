package com.acme.notify.api

import com.acme.notify.domain.Channel
import com.acme.notify.domain.OutboundMessage
import com.fasterxml.jackson.annotation.JsonSubTypes
import com.fasterxml.jackson.annotation.JsonTypeInfo
import jakarta.validation.Valid
import jakarta.validation.constraints.Email
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern
import jakarta.validation.constraints.Size

enum class ChannelType { EMAIL, SMS }

/** Per-channel delivery options; "type" picks one of the subtypes listed below. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes(
    JsonSubTypes.Type(value = ChannelOptions.EmailOptions::class, name = "email"),
    JsonSubTypes.Type(value = ChannelOptions.SmsOptions::class, name = "sms"),
)
sealed class ChannelOptions {
    data class EmailOptions(
        @field:Email val replyTo: String? = null,
        val trackOpens: Boolean = false,
    ) : ChannelOptions()

    data class SmsOptions(
        @field:Size(max = 11) val senderId: String? = null,
        val flash: Boolean = false,
    ) : ChannelOptions()
}

data class NotificationRequest(
    val channel: ChannelType,
    @field:NotBlank
    val templateId: String,
    @field:Email
    val email: String? = null,
    @field:Pattern(regexp = "^\\+[1-9][0-9]{7,14}$")
    val phoneNumber: String? = null,
    @field:Size(max = 78)
    val subject: String? = null,
    val variables: Map<String, String> = emptyMap(),
    @field:Valid
    val options: ChannelOptions? = null,
    @field:Size(max = 64)
    val idempotencyKey: String? = null,
) {
    fun toOutbound(tenantId: String): OutboundMessage = when (channel) {
        ChannelType.EMAIL -> OutboundMessage(
            tenantId = tenantId,
            channel = Channel.Email(
                requireNotNull(email) { "email is required for EMAIL" },
                subject,
                replyTo = (options as? ChannelOptions.EmailOptions)?.replyTo,
            ),
            templateId = templateId,
            variables = variables,
            idempotencyKey = idempotencyKey,
        )
        ChannelType.SMS -> OutboundMessage(
            tenantId = tenantId,
            channel = Channel.Sms(
                requireNotNull(phoneNumber) { "phoneNumber is required for SMS" },
                senderId = (options as? ChannelOptions.SmsOptions)?.senderId,
            ),
            templateId = templateId,
            variables = variables,
            idempotencyKey = idempotencyKey,
        )
    }
}
