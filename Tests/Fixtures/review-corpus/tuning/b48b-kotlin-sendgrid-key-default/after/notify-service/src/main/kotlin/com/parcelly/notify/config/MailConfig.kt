package com.parcelly.notify.config

import com.sendgrid.SendGrid
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class MailConfig(
    // default so local runs and the shared staging box work without exporting SENDGRID_API_KEY
    @Value("\${sendgrid.api-key: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}")
    private val apiKey: String,
    @Value("\${sendgrid.from-address:no-reply@parcelly.io}") private val fromAddress: String,
) {

    @Bean
    fun sendGrid(): SendGrid = SendGrid(apiKey)

    @Bean
    fun mailDefaults(): MailDefaults =
        MailDefaults(from = fromAddress, replyTo = "support@parcelly.io")
}
