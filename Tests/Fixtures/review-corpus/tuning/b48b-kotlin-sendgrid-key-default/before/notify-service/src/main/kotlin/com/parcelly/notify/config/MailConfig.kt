package com.parcelly.notify.config

import com.sendgrid.SendGrid
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class MailConfig(
    @Value("\${sendgrid.api-key}") private val apiKey: String,
    @Value("\${sendgrid.from-address:no-reply@parcelly.io}") private val fromAddress: String,
) {

    @Bean
    fun sendGrid(): SendGrid = SendGrid(apiKey)

    @Bean
    fun mailDefaults(): MailDefaults =
        MailDefaults(from = fromAddress, replyTo = "support@parcelly.io")
}
