package com.acme.plugins

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.createRouteScopedPlugin
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.route

val RequireAdmin = createRouteScopedPlugin("RequireAdmin") {
    onCall { call ->
        val role = call.principal<JWTPrincipal>()
            ?.payload
            ?.getClaim("role")
            ?.asString()
        if (role != "admin") {
            call.respond(HttpStatusCode.Forbidden, mapOf("error" to "admin only"))
        }
    }
}

fun Route.adminRoutes(users: UserService) {
    route("/admin") {
        install(RequireAdmin)
        get("/users") { call.respond(users.list()) }
        delete("/users/{id}") {
            val id = call.parameters["id"]?.toLongOrNull()
                ?: return@delete call.respond(HttpStatusCode.BadRequest)
            users.delete(id)
            call.respond(HttpStatusCode.NoContent)
        }
    }
}