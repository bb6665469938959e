package com.clipforge.routes

import com.clipforge.storage.MediaStore
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import kotlinx.serialization.Serializable
import java.io.File
import java.util.UUID
import java.util.concurrent.TimeUnit

@Serializable
data class TranscodeRequest(
    val clipId: String,
    val preset: String = "720p",
)

@Serializable
data class TranscodeResponse(val jobId: String, val outputKey: String)

private data class Preset(val scale: String, val bitrate: String)

private val presets = mapOf(
    "480p" to Preset(scale = "scale=-2:480", bitrate = "1200k"),
    "720p" to Preset(scale = "scale=-2:720", bitrate = "2500k"),
    "1080p" to Preset(scale = "scale=-2:1080", bitrate = "5000k"),
)

fun Route.transcodeRoutes(store: MediaStore) {
    authenticate("jwt") {
        route("/clips") {
            post("/transcode") {
                val principal = call.principal<JWTPrincipal>()!!
                val req = call.receive<TranscodeRequest>()
                val preset = presets[req.preset]
                if (preset == null) {
                    call.respond(HttpStatusCode.BadRequest, "unknown preset")
                    return@post
                }
                val input = store.localCopy(principal.subject!!, req.clipId)
                if (input == null) {
                    call.respond(HttpStatusCode.NotFound)
                    return@post
                }
                val jobId = UUID.randomUUID().toString()
                val output = File(store.workDir, "$jobId.mp4")

                val exit = runFfmpeg(input, output, preset)
                if (exit != 0) {
                    call.respond(HttpStatusCode.InternalServerError, "transcode failed")
                    return@post
                }
                val key = store.upload(principal.subject!!, output)
                call.respond(TranscodeResponse(jobId, key))
            }
        }
    }
}

private suspend fun runFfmpeg(input: File, output: File, preset: Preset): Int =
    withContext(Dispatchers.IO) {
        val command = listOf(
            "ffmpeg", "-y",
            "-i", input.absolutePath,
            "-vf", preset.scale,
            "-b:v", preset.bitrate,
            "-c:a", "aac",
            output.absolutePath,
        )
        val process = ProcessBuilder(command)
            .redirectErrorStream(true)
            .start()
        process.inputStream.bufferedReader().useLines { lines -> lines.forEach { _ -> } }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly()
            return@withContext -1
        }
        process.exitValue()
    }