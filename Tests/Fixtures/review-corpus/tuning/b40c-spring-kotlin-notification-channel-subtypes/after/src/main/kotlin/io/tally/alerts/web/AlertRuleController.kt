package io.tally.alerts.web

import com.fasterxml.jackson.annotation.JsonSubTypes
import com.fasterxml.jackson.annotation.JsonTypeInfo
import io.tally.alerts.AlertRuleService
import io.tally.alerts.security.CurrentTenant
import jakarta.validation.Valid
import jakarta.validation.constraints.Email
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern
import jakarta.validation.constraints.Positive
import org.springframework.http.HttpStatus
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.ResponseStatus
import org.springframework.web.bind.annotation.RestController

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes(
    JsonSubTypes.Type(value = NotifyChannel.EmailChannel::class, name = "email"),
    JsonSubTypes.Type(value = NotifyChannel.SmsChannel::class, name = "sms"),
    JsonSubTypes.Type(value = NotifyChannel.SlackChannel::class, name = "slack"),
)
sealed interface NotifyChannel {
    data class EmailChannel(@field:Email val address: String) : NotifyChannel
    data class SmsChannel(@field:Pattern(regexp = "^\\+[1-9][0-9]{6,14}$") val number: String) : NotifyChannel
    data class SlackChannel(@field:Pattern(regexp = "^[CG][A-Z0-9]{8,12}$") val channelId: String) : NotifyChannel
}

data class AlertRuleRequest(
    @field:NotBlank val metric: String,
    @field:Positive val threshold: Double,
    @field:Valid val channel: NotifyChannel,
)

@RestController
@RequestMapping("/api/alert-rules")
class AlertRuleController(private val rules: AlertRuleService) {

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    fun create(@Valid @RequestBody body: AlertRuleRequest, tenant: CurrentTenant) =
        rules.create(tenant.id, body.metric, body.threshold, listOf(body.channel))
}
