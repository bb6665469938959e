package com.acme.notify.config

import com.sendgrid.SendGrid
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.boot.context.properties.EnableConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.validation.annotation.Validated

/**
 * SendGrid settings, bound from `notify.sendgrid.*`.
 *
 * The API key is never committed. Every environment supplies it through the
 * `NOTIFY_SENDGRID_API_KEY` environment variable (Vault injects it on k8s),
 * which Spring's relaxed binding maps onto `notify.sendgrid.api-key`:
 *
 *     export NOTIFY_SENDGRID_API_KEY='SG.<key-id>.<secret>'
 *
 * For local work, use the sandbox key from the team vault entry
 * "SendGrid - sandbox" and set `NOTIFY_SENDGRID_SANDBOX_MODE=true`.
 */
@Validated
@ConfigurationProperties(prefix = "notify.sendgrid")
data class SendGridProperties(
    @field:NotBlank
    @field:Pattern(
        regexp = "^SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,64}$",
        message = "must look like a SendGrid API key (SG.<key-id>.<secret>)",
    )
    val apiKey: String,
    @field:NotBlank
    val fromAddress: String = "no-reply@notify.acme-mail.io",
    val sandboxMode: Boolean = false,
    val timeoutSeconds: Long = 10,
) {
    init {
        require(!apiKey.contains('<')) { "notify.sendgrid.api-key still holds the documentation placeholder" }
    }

    // Keep the key out of actuator /configprops dumps and startup logs.
    override fun toString(): String =
        "SendGridProperties(apiKey=${redact(apiKey)}, fromAddress=$fromAddress, " +
            "sandboxMode=$sandboxMode, timeoutSeconds=$timeoutSeconds)"

    companion object {
        internal fun redact(secret: String): String =
            if (secret.length <= 12) "****" else secret.take(3) + "****" + secret.takeLast(4)
    }
}

@Configuration
@EnableConfigurationProperties(SendGridProperties::class)
class SendGridConfig {

    @Bean
    fun sendGrid(props: SendGridProperties): SendGrid =
        SendGrid(props.apiKey).apply {
            addRequestHeader("User-Agent", "acme-notify")
        }
}
