package dev.mossgate.share.routes

import dev.mossgate.share.auth.WorkspacePrincipal
import dev.mossgate.share.config.StorageConfig
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route
import java.io.File
import kotlinx.serialization.Serializable

@Serializable
data class FileEntry(val name: String, val size: Long, val directory: Boolean)

/**
 * Resolves a user-supplied relative path inside [root]. Returns null when the result would
 * escape the workspace directory (../, absolute paths, symlinks pointing outside).
 */
internal fun resolveInside(root: File, relative: String): File? {
    val base = root.canonicalFile
    val candidate = File(base, relative).canonicalFile
    return if (candidate == base || candidate.path.startsWith(base.path + File.separator)) candidate else null
}

private suspend fun ApplicationCall.workspaceRoot(storage: StorageConfig): File? {
    val principal = principal<WorkspacePrincipal>() ?: return null
    return File(storage.root, principal.workspaceId.toString())
}

fun Route.sharedFileRoutes(storage: StorageConfig) {
    authenticate("workspace") {
        route("/api/files") {
            get("/list/{path...}") {
                val root = call.workspaceRoot(storage) ?: return@get call.respond(HttpStatusCode.Unauthorized)
                val rel = call.parameters.getAll("path")?.joinToString("/").orEmpty()
                val dir = resolveInside(root, rel)
                if (dir == null || !dir.isDirectory) {
                    return@get call.respond(HttpStatusCode.NotFound)
                }
                val entries = dir.listFiles().orEmpty()
                    .filterNot { it.name.startsWith(".") }
                    .sortedWith(compareBy({ !it.isDirectory }, { it.name.lowercase() }))
                    .map { FileEntry(it.name, if (it.isFile) it.length() else 0L, it.isDirectory) }
                call.respond(entries)
            }

            get("/raw/{path...}") {
                val root = call.workspaceRoot(storage) ?: return@get call.respond(HttpStatusCode.Unauthorized)
                val rel = call.parameters.getAll("path")?.joinToString("/").orEmpty()
                val file = resolveInside(root, rel)
                if (file == null || !file.isFile || file.name.startsWith(".")) {
                    return@get call.respond(HttpStatusCode.NotFound)
                }
                call.respondFile(file)
            }
        }
    }
}
