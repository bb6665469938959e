package com.acme.media.routes

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.io.File
import java.util.concurrent.TimeUnit

fun Route.thumbnailRoutes(storageRoot: File, media: MediaRepository) {
    get("/media/{id}/thumbnail") {
        val id = call.parameters["id"]?.toLongOrNull()
            ?: return@get call.respond(HttpStatusCode.BadRequest)
        val width = call.request.queryParameters["w"] ?: "320"
        val item = media.find(id) ?: return@get call.respond(HttpStatusCode.NotFound)

        val source = File(storageRoot, "originals/${item.fileName}")
        val thumb = File(storageRoot, "thumbs/$id-$width.jpg")
        if (!thumb.exists()) {
            val cmd = "convert '${source.path}' -thumbnail ${width}x -quality 82 '${thumb.path}'"
            val proc = ProcessBuilder("sh", "-c", cmd)
                .redirectErrorStream(true)
                .start()
            if (!proc.waitFor(20, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                proc.destroyForcibly()
                return@get call.respond(HttpStatusCode.InternalServerError)
            }
        }
        call.respondFile(thumb)
    }
}
