package com.acme.support.plugins

import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.sessions.*

data class UserSession(val userId: String, val roles: Set<String>) : Principal

data class ActingUser(val userId: String, val impersonatedBy: String? = null)

val ActingUserKey = io.ktor.util.AttributeKey<ActingUser>("ActingUser")

fun Application.configureActingUser() {
    intercept(ApplicationCallPipeline.Call) {
        val session = call.principal<UserSession>() ?: return@intercept
        call.attributes.put(ActingUserKey, ActingUser(session.userId))
    }
}