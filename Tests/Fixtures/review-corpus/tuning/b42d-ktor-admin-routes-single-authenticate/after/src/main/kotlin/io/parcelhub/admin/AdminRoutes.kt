package io.parcelhub.admin

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.put
import io.ktor.server.routing.route
import java.time.Instant
import java.time.temporal.ChronoUnit

fun Route.adminRoutes(carriers: CarrierService, users: UserDirectory, audit: AuditLog) {
    authenticate("staff-jwt") {
        route("/admin") {
            get("/carriers") {
                call.requireRole(Role.OPS_ADMIN)
                call.respond(carriers.listAll())
            }

            put("/carriers/{code}") {
                call.requireRole(Role.OPS_ADMIN)
                val code = call.parameters["code"]!!
                val update = call.receive<CarrierUpdate>()
                call.respond(carriers.update(code, update, by = call.staff().email))
            }

            post("/users/{id}/disable") {
                call.requireRole(Role.SUPPORT_LEAD)
                users.disable(call.parameters["id"]!!.toLong(), by = call.staff().email)
                call.respond(HttpStatusCode.NoContent)
            }

            get("/audit") {
                call.requireRole(Role.OPS_ADMIN)
                val since = call.request.queryParameters["since"]?.let(Instant::parse)
                    ?: Instant.now().minus(7, ChronoUnit.DAYS)
                call.respond(audit.since(since, limit = 500))
            }
        }
    }
}

fun ApplicationCall.staff(): StaffPrincipal =
    principal<StaffPrincipal>() ?: throw UnauthorizedException("no staff principal")

fun ApplicationCall.requireRole(role: Role) {
    if (role !in staff().roles) throw ForbiddenException("missing role $role")
}
