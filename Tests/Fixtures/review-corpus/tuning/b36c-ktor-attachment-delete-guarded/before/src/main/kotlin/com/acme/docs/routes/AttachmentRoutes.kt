package com.acme.docs.routes

import com.acme.docs.auth.UserPrincipal
import com.acme.docs.storage.AttachmentIndex
import io.ktor.http.ContentDisposition
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route
import java.nio.file.Path
import kotlin.io.path.isRegularFile
import kotlin.io.path.name

/**
 * Resolves [relative] against [root] and returns null if the result would leave [root]
 * (checked after normalisation, so "a/../../etc/passwd" and absolute paths are rejected).
 */
internal fun resolveInside(root: Path, relative: String): Path? {
    if (relative.isBlank() || relative.contains('\u0000')) return null
    val base = root.toAbsolutePath().normalize()
    val candidate = base.resolve(relative).normalize()
    return if (candidate.startsWith(base) && candidate != base) candidate else null
}

fun Route.attachmentRoutes(storageRoot: Path, index: AttachmentIndex) {
    authenticate("session") {
        route("/spaces/{spaceId}/attachments") {
            get("{path...}") {
                val space = call.spaceOrNull(index) ?: return@get
                val relative = call.parameters.getAll("path").orEmpty().joinToString("/")
                val file = resolveInside(storageRoot.resolve(space.storageKey), relative)
                if (file == null || !file.isRegularFile()) {
                    call.respond(HttpStatusCode.NotFound)
                    return@get
                }
                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment
                        .withParameter(ContentDisposition.Parameters.FileName, file.name)
                        .toString(),
                )
                call.respondFile(file.toFile())
            }
        }
    }
}

private suspend fun ApplicationCall.spaceOrNull(index: AttachmentIndex): AttachmentIndex.Space? {
    val user = principal<UserPrincipal>() ?: run {
        respond(HttpStatusCode.Unauthorized)
        return null
    }
    val space = parameters["spaceId"]?.toLongOrNull()?.let { index.spaceFor(user.id, it) }
    if (space == null) respond(HttpStatusCode.NotFound)
    return space
}
