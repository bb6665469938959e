package dev.pinboard.profile

import dev.pinboard.auth.UserSession
import dev.pinboard.storage.AvatarStore
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
import io.ktor.utils.io.core.readBytes

private const val MAX_AVATAR_BYTES = 2 * 1024 * 1024
private val ALLOWED_TYPES = setOf(ContentType.Image.PNG, ContentType.Image.JPEG)

fun Route.avatarRoutes(store: AvatarStore) {
    authenticate("session") {
        route("/profile/avatar") {
            post {
                val session = call.principal<UserSession>()!!
                var bytes: ByteArray? = null
                var type: ContentType? = null
                call.receiveMultipart().forEachPart { part ->
                    if (part is PartData.FileItem && part.name == "avatar") {
                        type = part.contentType
                        bytes = part.provider().readBytes()
                    }
                    part.dispose()
                }
                val data = bytes
                if (data == null || type !in ALLOWED_TYPES) {
                    call.respond(HttpStatusCode.BadRequest, "upload a PNG or JPEG as 'avatar'")
                    return@post
                }
                if (data.size > MAX_AVATAR_BYTES) {
                    call.respond(HttpStatusCode.PayloadTooLarge)
                    return@post
                }
                val url = store.save(session.userId, data, type!!)
                call.respond(mapOf("avatarUrl" to url))
            }

            delete {
                val session = call.principal<UserSession>()!!
                store.delete(session.userId)
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}