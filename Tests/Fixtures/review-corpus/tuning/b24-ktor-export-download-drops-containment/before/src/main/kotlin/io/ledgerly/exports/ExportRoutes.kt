package io.ledgerly.exports

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
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.name

fun Route.exportRoutes(exportsRoot: Path, exportService: ExportService) {
    authenticate("session") {
        route("/exports") {
            get {
                val user = call.principal<UserSession>()!!
                call.respond(exportService.listForTenant(user.tenantId))
            }

            get("/{name}") {
                val user = call.principal<UserSession>()!!
                val name = call.parameters["name"]
                    ?: return@get call.respond(HttpStatusCode.BadRequest)

                val tenantDir = exportsRoot.resolve(user.tenantId.toString()).normalize()
                val file = tenantDir.resolve(name).normalize()
                if (!file.startsWith(tenantDir) || !Files.isRegularFile(file)) {
                    return@get call.respond(HttpStatusCode.NotFound)
                }

                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment
                        .withParameter(ContentDisposition.Parameters.FileName, file.name)
                        .toString(),
                )
                call.respondFile(file.toFile())
            }

            get("/{name}/status") {
                val user = call.principal<UserSession>()!!
                val name = call.parameters["name"]
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                val status = exportService.status(user.tenantId, name)
                    ?: return@get call.respond(HttpStatusCode.NotFound)
                call.respond(status)
            }
        }
    }
}
