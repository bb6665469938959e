package net.saltmarsh.reports.routes

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route
import java.io.File
import kotlinx.serialization.Serializable
import net.saltmarsh.reports.auth.UserPrincipal

@Serializable
data class ExportEntry(val name: String, val sizeBytes: Long, val createdAt: Long)

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
        }
    }
}
