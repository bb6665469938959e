package com.acme.notify.api

import com.acme.notify.domain.Channel
import com.acme.notify.domain.OutboundMessage
import jakarta.validation.constraints.Email
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern
import jakarta.validation.constraints.Size

enum class ChannelType { EMAIL, SMS }

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
    @field:Size(max = 64)
    val idempotencyKey: String? = null,
) {
    fun toOutbound(tenantId: String): OutboundMessage = when (channel) {
        ChannelType.EMAIL -> OutboundMessage(
            tenantId = tenantId,
            channel = Channel.Email(requireNotNull(email) { "email is required for EMAIL" }, subject),
            templateId = templateId,
            variables = variables,
            idempotencyKey = idempotencyKey,
        )
        ChannelType.SMS -> OutboundMessage(
            tenantId = tenantId,
            channel = Channel.Sms(requireNotNull(phoneNumber) { "phoneNumber is required for SMS" }),
            templateId = templateId,
            variables = variables,
            idempotencyKey = idempotencyKey,
        )
    }
}
