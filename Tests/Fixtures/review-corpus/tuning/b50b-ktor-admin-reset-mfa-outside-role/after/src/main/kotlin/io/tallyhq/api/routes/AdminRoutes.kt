package io.tallyhq.api.routes

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.tallyhq.api.audit.AuditLog
import io.tallyhq.api.auth.Role
import io.tallyhq.api.auth.principalUser
import io.tallyhq.api.auth.withRole
import io.tallyhq.api.users.UserService

fun Route.adminRoutes(users: UserService, audit: AuditLog) {
    authenticate("session") {
        route("/api/admin") {
            // Support agents reset MFA for locked-out customers; they don't get full admin.
            post("/users/{id}/reset-mfa") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@post call.respond(HttpStatusCode.BadRequest)
                users.resetMfa(id)
                audit.record(call.principalUser(), "user.reset_mfa", id)
                call.respond(HttpStatusCode.NoContent)
            }

            withRole(Role.ADMIN) {
                get("/users") {
                    call.respond(users.list(limit = 200))
                }
                post("/users/{id}/disable") {
                    val id = call.parameters["id"]!!.toLong()
                    users.disable(id)
                    audit.record(call.principalUser(), "user.disable", id)
                    call.respond(HttpStatusCode.NoContent)
                }
            }
        }
    }
}
