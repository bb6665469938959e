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

private const val DEFAULT_SIZE = "256x256"
private const val DEFAULT_QUALITY = 82

fun Route.thumbnailRoutes(workDir: File, store: MediaStore) {
    post("/media/thumbnails") {
        val id = UUID.randomUUID().toString()
        val src = File(workDir, "$id.src")
        val dst = File(workDir, "$id.jpg")
        // The storefront asks for 128x128 list tiles and 512x512 detail images now.
        val size = call.request.queryParameters["size"] ?: DEFAULT_SIZE
        val quality = call.request.queryParameters["quality"]?.toIntOrNull()?.coerceIn(40, 95) ?: DEFAULT_QUALITY
        call.receiveMultipart().forEachPart { part ->
            if (part is PartData.FileItem && part.name == "image") {
                part.streamProvider().use { input -> src.outputStream().use { input.copyTo(it) } }
            }
            part.dispose()
        }
        if (!src.exists()) return@post call.respond(HttpStatusCode.BadRequest, "missing image part")

        val proc = runConvert(src, dst, size, quality)
        if (!proc.waitFor(20, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            log.warn("convert failed for {} ({}): {}", id, size, proc.inputStream.bufferedReader().readText())
            src.delete()
            return@post call.respond(HttpStatusCode.UnprocessableEntity, "could not process image")
        }
        val url = store.put("thumbs/$id-$size.jpg", dst)
        src.delete()
        dst.delete()
        call.respond(HttpStatusCode.Created, mapOf("id" to id, "url" to url, "size" to size))
    }
}

/**
 * -strip drops EXIF (GPS coordinates from phone uploads). The [0] frame selector keeps
 * animated GIFs to their first frame; it goes through sh so the brackets reach convert as-is.
 */
private fun runConvert(src: File, dst: File, size: String, quality: Int): Process {
    val command = "convert '${src.absolutePath}[0]' -strip -thumbnail $size -quality $quality '${dst.absolutePath}'"
    return ProcessBuilder("sh", "-c", command)
        .redirectErrorStream(true)
        .start()
}
