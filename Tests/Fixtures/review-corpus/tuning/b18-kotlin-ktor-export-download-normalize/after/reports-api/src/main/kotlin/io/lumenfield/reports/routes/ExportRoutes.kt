package io.lumenfield.reports.routes

import io.ktor.http.ContentDisposition
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("ExportRoutes")

private val EXPORT_ROOT: Path =
    Paths.get(System.getenv("EXPORT_ROOT") ?: "/srv/reports/exports").toAbsolutePath().normalize()

private val EXPORT_NAME = Regex("""^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(csv|xlsx|pdf)$""")

/**
 * Maps a tenant id and a requested export name to a file inside that
 * tenant's export folder. Returns null when the name is malformed or the
 * normalised path escapes the folder (e.g. "../other-tenant/x.csv").
 */
internal fun resolveExport(tenantId: String, requested: String): Path? {
    if (!EXPORT_NAME.matches(requested)) return null
    val tenantDir = EXPORT_ROOT.resolve(tenantId).normalize()
    if (!tenantDir.startsWith(EXPORT_ROOT)) return null
    val candidate = tenantDir.resolve(requested).normalize()
    return candidate.takeIf { it.startsWith(tenantDir) && it.parent == tenantDir }
}

fun Application.exportRoutes() {
    routing {
        authenticate("jwt") {
            get("/exports") {
                val tenantId = call.principal<JWTPrincipal>()!!.payload.getClaim("tenant").asString()
                val dir = EXPORT_ROOT.resolve(tenantId).normalize()
                val files = if (Files.isDirectory(dir)) {
                    Files.list(dir).use { s -> s.map { it.fileName.toString() }.sorted().toList() }
                } else {
                    emptyList()
                }
                call.respond(mapOf("files" to files))
            }

            get("/exports/{name}") {
                val tenantId = call.principal<JWTPrincipal>()!!.payload.getClaim("tenant").asString()
                val requested = call.parameters["name"].orEmpty()
                val file = resolveExport(tenantId, requested)
                if (file == null) {
                    log.warn("rejected export name {} for tenant {}", requested, tenantId)
                    call.respond(HttpStatusCode.BadRequest, mapOf("error" to "invalid export name"))
                    return@get
                }
                if (!Files.isRegularFile(file)) {
                    call.respond(HttpStatusCode.NotFound)
                    return@get
                }
                call.response.header(
                    HttpHeaders.ContentDisposition,
                    ContentDisposition.Attachment
                        .withParameter(ContentDisposition.Parameters.FileName, file.fileName.toString())
                        .toString(),
                )
                call.respondFile(file.toFile())
            }
        }
    }
}