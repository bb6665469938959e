package com.acme.planner.routes

import com.acme.planner.auth.principalUser
import com.acme.planner.boards.BoardExport
import com.acme.planner.boards.BoardService
import com.acme.planner.boards.ImportResult
import com.acme.planner.legacy.LegacyBoard
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.request.contentType
import io.ktor.server.request.receive
import io.ktor.server.request.receiveChannel
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.utils.io.toByteArray
import kotlinx.serialization.SerializationException
import org.slf4j.LoggerFactory
import java.io.ByteArrayInputStream
import java.io.ObjectInputStream

private val log = LoggerFactory.getLogger("ImportRoutes")

/** Boards exported from Planner 1.x were written with Java serialization (.plb files). */
private fun decodeLegacyExport(bytes: ByteArray): BoardExport =
    ObjectInputStream(ByteArrayInputStream(bytes)).use { input ->
        val legacy = input.readObject() as LegacyBoard
        legacy.toBoardExport()
    }

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
                    if (call.request.contentType().match(ContentType.Application.OctetStream)) {
                        decodeLegacyExport(call.receiveChannel().toByteArray())
                    } else {
                        call.receive<BoardExport>()
                    }
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
