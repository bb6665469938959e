package com.acme.social.routes

import com.acme.social.auth.UserSession
import com.acme.social.media.AvatarStore
import com.acme.social.media.ImageProcessor
import io.ktor.client.HttpClient
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.content.PartData
import io.ktor.http.content.forEachPart
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receiveMultipart
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.utils.io.jvm.javaio.toInputStream

private const val MAX_AVATAR_BYTES = 2 * 1024 * 1024

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

            delete {
                val session = call.principal<UserSession>()!!
                store.delete(session.userId)
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}
