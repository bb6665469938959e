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

fun Route.adminRoutes(carriers: CarrierService, users: UserDirectory) {
    route("/admin") {
        authenticate("staff-jwt") {
            get("/carriers") {
                call.requireRole(Role.OPS_ADMIN)
                call.respond(carriers.listAll())
            }
        }
        authenticate("staff-jwt") {
            put("/carriers/{code}") {
                call.requireRole(Role.OPS_ADMIN)
                val code = call.parameters["code"]!!
                val update = call.receive<CarrierUpdate>()
                call.respond(carriers.update(code, update, by = call.staff().email))
            }
        }
        authenticate("staff-jwt") {
            post("/users/{id}/disable") {
                call.requireRole(Role.SUPPORT_LEAD)
                users.disable(call.parameters["id"]!!.toLong(), by = call.staff().email)
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}

fun ApplicationCall.staff(): StaffPrincipal =
    principal<StaffPrincipal>() ?: throw UnauthorizedException("no staff principal")

fun ApplicationCall.requireRole(role: Role) {
    if (role !in staff().roles) throw ForbiddenException("missing role $role")
}
