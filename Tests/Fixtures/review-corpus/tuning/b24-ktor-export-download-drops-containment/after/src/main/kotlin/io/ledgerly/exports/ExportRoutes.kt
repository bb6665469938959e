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
import java.io.File

fun Route.exportRoutes(exportsRoot: File, exportService: ExportService) {
    authenticate("session") {
        route("/exports") {
            get {
                val user = call.principal<UserSession>()!!
                call.respond(exportService.listForTenant(user.tenantId))
            }

            // Exports are now grouped in dated sub-folders (2024-05/ledger.csv),
            // so the client passes the relative path as ?file=
            get("/download") {
                val user = call.principal<UserSession>()!!
                val relative = call.request.queryParameters["file"]
                    ?: return@get call.respond(HttpStatusCode.BadRequest)

                val tenantDir = File(exportsRoot, user.tenantId.toString())
                val file = File(tenantDir, relative)
                if (!file.isFile) {
                    return@get call.respond(HttpStatusCode.NotFound)
                }

                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment
                        .withParameter(ContentDisposition.Parameters.FileName, file.name)
                        .toString(),
                )
                call.respondFile(file)
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
