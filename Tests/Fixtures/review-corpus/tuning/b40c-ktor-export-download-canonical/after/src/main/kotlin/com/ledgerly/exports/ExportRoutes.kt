package com.ledgerly.exports

import com.ledgerly.auth.UserPrincipal
import io.ktor.http.ContentDisposition
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import java.io.File

fun Route.exportRoutes(exportDir: File, jobs: ExportJobQueue) {
    val baseDir = exportDir.canonicalFile

    authenticate("session") {
        route("/exports") {
            post {
                val user = call.principal<UserPrincipal>()!!
                val req = call.receive<ExportRequest>()
                val job = jobs.enqueue(user.id, req.format, req.from, req.to)
                call.respond(HttpStatusCode.Accepted, job)
            }
            get {
                val user = call.principal<UserPrincipal>()!!
                call.respond(jobs.listFor(user.id))
            }
            get("/files/{name}") {
                val user = call.principal<UserPrincipal>()!!
                val file = resolveExport(baseDir, user.id, call.parameters["name"].orEmpty())
                if (file == null) {
                    call.respond(HttpStatusCode.NotFound)
                    return@get
                }
                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment.withParameter(ContentDisposition.Parameters.FileName, file.name).toString(),
                )
                call.respondFile(file)
            }
        }
    }
}

/** Export files are written flat as "<userId>-<jobId>.<ext>"; anything else is not ours to serve. */
private fun resolveExport(baseDir: File, userId: Long, name: String): File? {
    val candidate = File(baseDir, name).canonicalFile
    if (candidate.parentFile != baseDir) return null
    if (!candidate.name.startsWith("$userId-")) return null
    return candidate.takeIf { it.isFile }
}
