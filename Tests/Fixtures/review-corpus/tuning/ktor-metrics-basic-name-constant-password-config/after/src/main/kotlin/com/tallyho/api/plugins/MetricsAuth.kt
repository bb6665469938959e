package com.tallyho.api.plugins

import io.ktor.server.application.*
import io.ktor.server.auth.*
import java.security.MessageDigest

fun Application.configureMetricsAuth() {
    val scrapePassword = environment.config.property("metrics.password").getString()

    install(Authentication) {
        basic("metrics") {
            validate { credential ->
                val passwordMatches = MessageDigest.isEqual(credential.password.toByteArray(), scrapePassword.toByteArray())
                if (credential.name == "prometheus-scraper-2024" && passwordMatches) UserIdPrincipal("scraper") else null
            }
        }
    }
}