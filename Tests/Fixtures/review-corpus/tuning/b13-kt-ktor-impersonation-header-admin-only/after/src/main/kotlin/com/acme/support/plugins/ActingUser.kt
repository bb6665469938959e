package com.acme.support.plugins

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.response.*
import io.ktor.server.sessions.*
import org.slf4j.LoggerFactory

data class UserSession(val userId: String, val roles: Set<String>) : Principal

data class ActingUser(val userId: String, val impersonatedBy: String? = null)

val ActingUserKey = io.ktor.util.AttributeKey<ActingUser>("ActingUser")

private val audit = LoggerFactory.getLogger("audit.impersonation")

fun Application.configureActingUser() {
    intercept(ApplicationCallPipeline.Call) {
        val session = call.principal<UserSession>() ?: return@intercept
        val requested = call.request.headers["X-Impersonate-User"]

        if (requested == null) {
            call.attributes.put(ActingUserKey, ActingUser(session.userId))
            return@intercept
        }

        // Only support staff, authenticated by their own session, may act as a customer.
        if ("support-admin" !in session.roles) {
            call.respond(HttpStatusCode.Forbidden, "impersonation not allowed")
            return@intercept finish()
        }

        audit.info("user={} impersonating={} path={}", session.userId, requested, call.request.path())
        call.attributes.put(ActingUserKey, ActingUser(requested, impersonatedBy = session.userId))
    }
}