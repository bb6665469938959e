package com.tidewater.notes.routes

import com.tidewater.notes.auth.UserPrincipal
import com.tidewater.notes.model.Attachment
import com.tidewater.notes.model.AttachmentKind
import com.tidewater.notes.repo.AttachmentRepository
import com.tidewater.notes.repo.NoteRepository
import io.ktor.client.HttpClient
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.serialization.Serializable
import java.net.URI

@Serializable
data class LinkAttachmentRequest(val url: String, val label: String? = null)

@Serializable
data class LinkAttachmentResponse(val id: Long, val url: String, val title: String?)

fun Route.attachmentRoutes(
    notes: NoteRepository,
    attachments: AttachmentRepository,
    http: HttpClient,
) {
    authenticate("session") {
        route("/api/notes/{noteId}/attachments") {
            get {
                val user = call.principal<UserPrincipal>()!!
                val noteId = call.parameters["noteId"]?.toLongOrNull()
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                if (!notes.canRead(user.id, noteId)) {
                    return@get call.respond(HttpStatusCode.NotFound)
                }
                call.respond(attachments.listForNote(noteId))
            }

            post("/link") {
                val user = call.principal<UserPrincipal>()!!
                val noteId = call.parameters["noteId"]?.toLongOrNull()
                    ?: return@post call.respond(HttpStatusCode.BadRequest)
                if (!notes.canWrite(user.id, noteId)) {
                    return@post call.respond(HttpStatusCode.NotFound)
                }

                val req = call.receive<LinkAttachmentRequest>()
                val target = runCatching { URI(req.url.trim()) }.getOrNull()
                if (target == null || target.scheme !in setOf("http", "https") || target.host.isNullOrBlank()) {
                    return@post call.respond(HttpStatusCode.UnprocessableEntity, "invalid url")
                }

                val title = req.label?.take(200)

                val saved = attachments.insert(
                    Attachment(
                        noteId = noteId,
                        kind = AttachmentKind.LINK,
                        url = target.toString(),
                        title = title,
                        createdBy = user.id,
                    )
                )
                call.respond(HttpStatusCode.Created, LinkAttachmentResponse(saved.id, saved.url, saved.title))
            }
        }
    }
}
