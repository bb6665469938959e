package io.tally.alerts.web

import io.tally.alerts.AlertRuleService
import io.tally.alerts.security.CurrentTenant
import jakarta.validation.Valid
import jakarta.validation.constraints.Email
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Positive
import org.springframework.http.HttpStatus
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.ResponseStatus
import org.springframework.web.bind.annotation.RestController

data class AlertRuleRequest(
    @field:NotBlank val metric: String,
    @field:Positive val threshold: Double,
    @field:Email val notifyEmail: String,
)

@RestController
@RequestMapping("/api/alert-rules")
class AlertRuleController(private val rules: AlertRuleService) {

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    fun create(@Valid @RequestBody body: AlertRuleRequest, tenant: CurrentTenant) =
        rules.create(tenant.id, body.metric, body.threshold, listOf(body.notifyEmail))
}
