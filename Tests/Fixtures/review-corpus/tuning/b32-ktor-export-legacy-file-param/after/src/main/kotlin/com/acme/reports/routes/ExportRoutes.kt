package com.acme.reports.routes

import com.acme.reports.auth.UserPrincipal
import com.acme.reports.exports.ExportRepository
import com.acme.reports.exports.ExportService
import com.acme.reports.exports.ExportStatus
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
import java.util.UUID
import kotlinx.serialization.Serializable

@Serializable
data class ExportRequest(val reportId: String, val format: String = "csv")

private val SUPPORTED_FORMATS = setOf("csv", "xlsx", "pdf")

private fun String?.toUuidOrNull(): UUID? = this?.let { runCatching { UUID.fromString(it) }.getOrNull() }

fun Route.exportRoutes(exports: ExportRepository, service: ExportService, exportDir: File) {
    authenticate("session") {
        route("/exports") {
            post {
                val user = call.principal<UserPrincipal>()!!
                val req = call.receive<ExportRequest>()
                if (req.format !in SUPPORTED_FORMATS) {
                    call.respond(HttpStatusCode.BadRequest, "unsupported format")
                    return@post
                }
                val export = service.enqueue(user.accountId, req.reportId, req.format)
                call.respond(HttpStatusCode.Accepted, mapOf("id" to export.id.toString()))
            }

            get("/{id}") {
                val user = call.principal<UserPrincipal>()!!
                val id = call.parameters["id"].toUuidOrNull()
                if (id == null) {
                    call.respond(HttpStatusCode.BadRequest)
                    return@get
                }
                val export = exports.find(user.accountId, id)
                if (export == null) {
                    call.respond(HttpStatusCode.NotFound)
                    return@get
                }
                call.respond(mapOf("id" to export.id.toString(), "status" to export.status.name))
            }

            get("/{id}/download") {
                val user = call.principal<UserPrincipal>()!!
                // Links sent by the v1 mailer carry ?file=<name> and no longer have an export row.
                val legacyName = call.request.queryParameters["file"]
                val file: File
                val downloadName: String
                if (legacyName != null) {
                    file = File(exportDir, "legacy/$legacyName")
                    downloadName = file.name
                } else {
                    val export = call.parameters["id"].toUuidOrNull()?.let { exports.find(user.accountId, it) }
                    if (export == null || export.status != ExportStatus.READY) {
                        call.respond(HttpStatusCode.NotFound)
                        return@get
                    }
                    file = File(exportDir, export.storedName)
                    downloadName = export.downloadName
                }
                if (!file.isFile) {
                    call.respond(HttpStatusCode.Gone)
                    return@get
                }
                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment
                        .withParameter(ContentDisposition.Parameters.FileName, downloadName)
                        .toString(),
                )
                call.respondFile(file)
            }
        }
    }
}
