package com.acme.devportal.routes

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import kotlinx.serialization.Serializable
import java.io.File
import java.util.concurrent.TimeUnit

@Serializable
data class ChangelogEntry(val sha: String, val author: String, val date: String, val subject: String)

/**
 * Reads release notes straight out of the docs monorepo checkout that the portal keeps on disk.
 */
class GitChangelog(private val repoDir: File) {

    suspend fun between(from: String, to: String, path: String?): List<ChangelogEntry> = withContext(Dispatchers.IO) {
        val range = "$from..$to"
        val pathSpec = path?.let { " -- $it" } ?: ""
        val cmd = "git log --no-merges --date=short --pretty=format:'%h%x1f%an%x1f%ad%x1f%s' $range$pathSpec"

        val process = ProcessBuilder("sh", "-c", cmd)
            .directory(repoDir)
            .redirectErrorStream(true)
            .start()

        val output = process.inputStream.bufferedReader().readText()
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly()
            error("git log timed out for range $range")
        }
        if (process.exitValue() != 0) {
            throw IllegalArgumentException("git log failed: ${output.take(500)}")
        }

        output.lineSequence()
            .filter { it.isNotBlank() }
            .map { line ->
                val (sha, author, date, subject) = line.split('\u001f', limit = 4)
                ChangelogEntry(sha, author, date, subject)
            }
            .toList()
    }
}

fun Route.changelogRoutes(changelog: GitChangelog) {
    authenticate("portal-session") {
        route("/api/changelog") {
            get {
                val params = call.request.queryParameters
                val from = params["from"]
                    ?: return@get call.respond(HttpStatusCode.BadRequest, mapOf("error" to "from is required"))
                val to = params["to"] ?: "HEAD"
                val path = params["path"]?.takeIf { it.isNotBlank() }

                try {
                    call.respond(changelog.between(from, to, path))
                } catch (e: IllegalArgumentException) {
                    call.respond(HttpStatusCode.BadRequest, mapOf("error" to e.message))
                }
            }
        }
    }
}
