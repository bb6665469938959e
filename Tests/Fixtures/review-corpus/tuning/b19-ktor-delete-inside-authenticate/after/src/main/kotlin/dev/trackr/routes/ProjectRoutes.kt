package dev.trackr.routes

import dev.trackr.model.CreateProjectRequest
import dev.trackr.model.ProjectResponse
import dev.trackr.service.ProjectService
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route

private fun ApplicationCall.userId(): String =
    principal<JWTPrincipal>()?.payload?.subject
        ?: throw IllegalStateException("route requires an authenticated principal")

fun Route.projectRoutes(projects: ProjectService) {
    get("/status") {
        call.respond(mapOf("service" to "projects", "ok" to true))
    }

    authenticate("auth-jwt") {
        route("/projects") {
            get {
                val owned = projects.listForOwner(call.userId())
                call.respond(owned.map(ProjectResponse::from))
            }

            post {
                val body = call.receive<CreateProjectRequest>()
                if (body.name.isBlank() || body.name.length > 120) {
                    call.respond(HttpStatusCode.UnprocessableEntity, mapOf("error" to "name must be 1-120 characters"))
                    return@post
                }
                val created = projects.create(ownerId = call.userId(), name = body.name.trim(), color = body.color)
                call.respond(HttpStatusCode.Created, ProjectResponse.from(created))
            }

            get("/{id}") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                val project = projects.find(id)
                if (project == null || project.ownerId != call.userId()) {
                    call.respond(HttpStatusCode.NotFound)
                    return@get
                }
                call.respond(ProjectResponse.from(project))
            }

            post("/{id}/archive") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@post call.respond(HttpStatusCode.BadRequest)
                val project = projects.find(id)
                if (project == null || project.ownerId != call.userId()) {
                    call.respond(HttpStatusCode.NotFound)
                    return@post
                }
                call.respond(ProjectResponse.from(projects.archive(project.id)))
            }

            delete("/{id}") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@delete call.respond(HttpStatusCode.BadRequest)
                val project = projects.find(id)
                if (project == null || project.ownerId != call.userId()) {
                    call.respond(HttpStatusCode.NotFound)
                    return@delete
                }
                projects.delete(project.id)
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}