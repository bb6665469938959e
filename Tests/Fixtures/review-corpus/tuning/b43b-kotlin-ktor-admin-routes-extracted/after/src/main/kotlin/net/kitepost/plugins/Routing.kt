package net.kitepost.plugins

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.auth.authenticate
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.server.routing.routing
import net.kitepost.admin.AdminService
import net.kitepost.posts.postRoutes

fun Application.configureRouting(admin: AdminService) {
    routing {
        get("/healthz") { call.respond(HttpStatusCode.OK, "ok") }

        postRoutes()

        authenticate("admin-jwt") {
            withRole("admin") {
                adminRoutes(admin)
            }
        }
    }
}

private fun Route.adminRoutes(admin: AdminService) {
    route("/admin") {
        get("/users") { call.respond(admin.listUsers()) }
        post("/users/{id}/suspend") {
            val id = call.parameters["id"]?.toLongOrNull()
                ?: return@post call.respond(HttpStatusCode.BadRequest)
            admin.suspend(id)
            call.respond(HttpStatusCode.NoContent)
        }
        delete("/posts/{id}") {
            val id = call.parameters["id"]?.toLongOrNull()
                ?: return@delete call.respond(HttpStatusCode.BadRequest)
            admin.deletePost(id)
            call.respond(HttpStatusCode.NoContent)
        }
        get("/audit") { call.respond(admin.recentAuditEvents(limit = 200)) }
    }
}
