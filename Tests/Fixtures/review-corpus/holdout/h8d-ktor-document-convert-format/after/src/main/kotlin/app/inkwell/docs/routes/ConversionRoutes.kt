package app.inkwell.docs.routes

import app.inkwell.docs.storage.DocumentStore
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route

fun Route.conversionRoutes(store: DocumentStore) {
    authenticate("session") {
        route("/documents/{id}") {
            get("/pdf") {
                val owner = call.principal<JWTPrincipal>()!!.subject!!
                val doc = store.find(call.parameters["id"]!!, owner)
                    ?: return@get call.respond(HttpStatusCode.NotFound)
                val pdf = store.renditionFile(doc, "pdf")
                    ?: return@get call.respond(HttpStatusCode.Conflict, "rendition not ready")
                call.respondFile(pdf)
            }
            get("/convert") {
                val owner = call.principal<JWTPrincipal>()!!.subject!!
                val doc = store.find(call.parameters["id"]!!, owner)
                    ?: return@get call.respond(HttpStatusCode.NotFound)
                val format = call.request.queryParameters["to"] ?: "docx"
                val src = store.originalFile(doc)
                val cmd = "soffice --headless --convert-to $format --outdir ${src.parent} '${src.absolutePath}'"
                val exit = ProcessBuilder("/bin/sh", "-c", cmd).inheritIO().start().waitFor()
                if (exit != 0) return@get call.respond(HttpStatusCode.UnprocessableEntity)
                call.respondFile(src.parentFile.resolve("${src.nameWithoutExtension}.$format"))
            }
        }
    }
}
