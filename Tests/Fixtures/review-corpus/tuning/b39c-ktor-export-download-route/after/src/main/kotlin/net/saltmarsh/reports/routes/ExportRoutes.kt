package net.saltmarsh.reports.routes

import io.ktor.http.ContentDisposition
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route
import java.io.File
import kotlinx.serialization.Serializable
import net.saltmarsh.reports.auth.UserPrincipal

@Serializable
data class ExportEntry(val name: String, val sizeBytes: Long, val createdAt: Long)

/** Returns the export file only if it really lives inside [userDir]. */
internal fun resolveExport(userDir: File, name: String): File? {
    val base = userDir.canonicalFile.toPath()
    val candidate = File(userDir, name).canonicalFile
    return candidate.takeIf { it.toPath().startsWith(base) && it.toPath() != base && it.isFile }
}

fun Route.exportRoutes(exportsRoot: File) {
    authenticate("session") {
        route("/exports") {
            get {
                val user = call.principal<UserPrincipal>() ?: return@get call.respond(HttpStatusCode.Unauthorized)
                val dir = File(exportsRoot, user.id.toString())
                val entries = dir.listFiles { f -> f.isFile && f.extension in setOf("csv", "xlsx") }
                    .orEmpty()
                    .sortedByDescending { it.lastModified() }
                    .map { ExportEntry(it.name, it.length(), it.lastModified()) }
                call.respond(entries)
            }

            get("/{name}") {
                val user = call.principal<UserPrincipal>() ?: return@get call.respond(HttpStatusCode.Unauthorized)
                val name = call.parameters["name"].orEmpty()
                val file = resolveExport(File(exportsRoot, user.id.toString()), name)
                    ?: return@get call.respond(HttpStatusCode.NotFound)
                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment.withParameter(ContentDisposition.Parameters.FileName, file.name).toString(),
                )
                call.respondFile(file)
            }
        }
    }
}
