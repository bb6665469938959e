package com.acme.social.routes

import com.acme.social.auth.UserSession
import com.acme.social.media.AvatarStore
import com.acme.social.media.ImageProcessor
import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsChannel
import io.ktor.http.isSuccess
import io.ktor.http.encodeURLPathPart
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.content.PartData
import io.ktor.http.content.forEachPart
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.request.receiveMultipart
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.utils.io.jvm.javaio.toInputStream

private const val MAX_AVATAR_BYTES = 2 * 1024 * 1024

@kotlinx.serialization.Serializable
data class ImportAvatarRequest(val provider: String, val username: String)

private val USERNAME = Regex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")

/** Fixed upstreams only; the caller picks a provider key, never a host. */
private val PROVIDERS: Map<String, (String) -> String> = mapOf(
    "github" to { user -> "https://avatars.githubusercontent.com/${user.encodeURLPathPart()}?s=256" },
    "gitlab" to { user -> "https://gitlab.com/${user.encodeURLPathPart()}.png?width=256" },
)

fun Route.avatarRoutes(http: HttpClient, store: AvatarStore, images: ImageProcessor) {
    authenticate("session") {
        route("/api/me/avatar") {
            post {
                val session = call.principal<UserSession>()!!
                var stored = false
                call.receiveMultipart().forEachPart { part ->
                    if (part is PartData.FileItem && part.name == "avatar" && !stored) {
                        val bytes = part.provider().toInputStream().readNBytes(MAX_AVATAR_BYTES + 1)
                        if (bytes.size <= MAX_AVATAR_BYTES) {
                            store.save(session.userId, images.normaliseAvatar(bytes))
                            stored = true
                        }
                    }
                    part.dispose()
                }
                if (stored) call.respond(HttpStatusCode.NoContent)
                else call.respond(HttpStatusCode.BadRequest, mapOf("error" to "avatar file missing or too large"))
            }

            post("/import") {
                val session = call.principal<UserSession>()!!
                val req = call.receive<ImportAvatarRequest>()
                val buildUrl = PROVIDERS[req.provider]
                    ?: return@post call.respond(HttpStatusCode.BadRequest, mapOf("error" to "unknown provider"))
                if (!USERNAME.matches(req.username)) {
                    return@post call.respond(HttpStatusCode.BadRequest, mapOf("error" to "invalid username"))
                }

                val response = http.get(buildUrl(req.username))
                if (!response.status.isSuccess()) {
                    return@post call.respond(HttpStatusCode.NotFound, mapOf("error" to "avatar not found"))
                }
                val bytes = response.bodyAsChannel().toInputStream().readNBytes(MAX_AVATAR_BYTES + 1)
                if (bytes.size > MAX_AVATAR_BYTES) {
                    return@post call.respond(HttpStatusCode.BadRequest, mapOf("error" to "avatar too large"))
                }
                store.save(session.userId, images.normaliseAvatar(bytes))
                call.respond(HttpStatusCode.NoContent)
            }

            delete {
                val session = call.principal<UserSession>()!!
                store.delete(session.userId)
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}
