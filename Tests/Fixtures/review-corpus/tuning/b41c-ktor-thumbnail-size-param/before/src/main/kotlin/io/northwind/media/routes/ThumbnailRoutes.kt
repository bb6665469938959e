package io.northwind.media.routes

import io.ktor.http.HttpStatusCode
import io.ktor.http.content.PartData
import io.ktor.http.content.forEachPart
import io.ktor.http.content.streamProvider
import io.ktor.server.application.call
import io.ktor.server.request.receiveMultipart
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.northwind.media.storage.MediaStore
import java.io.File
import java.util.UUID
import java.util.concurrent.TimeUnit
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("ThumbnailRoutes")

fun Route.thumbnailRoutes(workDir: File, store: MediaStore) {
    post("/media/thumbnails") {
        val id = UUID.randomUUID().toString()
        val src = File(workDir, "$id.src")
        val dst = File(workDir, "$id.jpg")
        call.receiveMultipart().forEachPart { part ->
            if (part is PartData.FileItem && part.name == "image") {
                part.streamProvider().use { input -> src.outputStream().use { input.copyTo(it) } }
            }
            part.dispose()
        }
        if (!src.exists()) return@post call.respond(HttpStatusCode.BadRequest, "missing image part")

        val proc = ProcessBuilder("convert", src.absolutePath, "-thumbnail", "256x256", dst.absolutePath)
            .redirectErrorStream(true)
            .start()
        if (!proc.waitFor(20, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            log.warn("convert failed for {}: {}", id, proc.inputStream.bufferedReader().readText())
            src.delete()
            return@post call.respond(HttpStatusCode.UnprocessableEntity, "could not process image")
        }
        val url = store.put("thumbs/$id.jpg", dst)
        src.delete()
        dst.delete()
        call.respond(HttpStatusCode.Created, mapOf("id" to id, "url" to url))
    }
}
