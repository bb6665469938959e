package com.acme.planner.routes

import com.acme.planner.auth.principalUser
import com.acme.planner.boards.BoardExport
import com.acme.planner.boards.BoardService
import com.acme.planner.boards.ImportResult
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.serialization.SerializationException
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("ImportRoutes")

fun Route.importRoutes(boards: BoardService) {
    authenticate("session") {
        route("/api/boards") {
            get("/{id}/export") {
                val user = call.principalUser()
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                val export = boards.export(user, id)
                    ?: return@get call.respond(HttpStatusCode.NotFound)
                call.respond(export)
            }

            post("/import") {
                val user = call.principalUser()
                val export = try {
                    call.receive<BoardExport>()
                } catch (e: SerializationException) {
                    log.info("rejected board import from {}: {}", user.id, e.message)
                    return@post call.respond(HttpStatusCode.BadRequest, mapOf("error" to "invalid export file"))
                }
                val result: ImportResult = boards.import(user, export)
                call.respond(HttpStatusCode.Created, result)
            }
        }
    }
}
