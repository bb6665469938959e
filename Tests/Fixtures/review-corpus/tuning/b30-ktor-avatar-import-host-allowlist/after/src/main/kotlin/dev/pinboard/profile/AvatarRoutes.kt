package dev.pinboard.profile

import dev.pinboard.auth.UserSession
import dev.pinboard.storage.AvatarStore
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.request.get
import io.ktor.client.statement.readBytes
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
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
import io.ktor.utils.io.core.readBytes
import kotlinx.serialization.Serializable
import java.net.URI

private const val MAX_AVATAR_BYTES = 2 * 1024 * 1024
private val ALLOWED_TYPES = setOf(ContentType.Image.PNG, ContentType.Image.JPEG)

// Importing is only offered for the two providers users sign in with.
private val IMPORT_HOSTS = setOf("avatars.githubusercontent.com", "secure.gravatar.com")

private val importClient = HttpClient(CIO) {
    followRedirects = false
    expectSuccess = false
    install(HttpTimeout) { requestTimeoutMillis = 5_000 }
}

@Serializable
data class AvatarImportRequest(val url: String)

/** Returns the URI only if it is https on the default port to one of IMPORT_HOSTS, without credentials. */
internal fun importableAvatarUri(raw: String): URI? {
    val uri = runCatching { URI(raw).normalize() }.getOrNull() ?: return null
    if (uri.scheme != "https" || uri.rawUserInfo != null) return null
    if (uri.port != -1 && uri.port != 443) return null
    val host = uri.host?.lowercase() ?: return null
    return if (host in IMPORT_HOSTS) uri else null
}

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

            post("/import") {
                val session = call.principal<UserSession>()!!
                val uri = importableAvatarUri(call.receive<AvatarImportRequest>().url)
                if (uri == null) {
                    call.respond(HttpStatusCode.BadRequest, "only GitHub and Gravatar avatars can be imported")
                    return@post
                }
                val response = importClient.get(uri.toString())
                val type = response.contentType()?.withoutParameters()
                if (response.status != HttpStatusCode.OK || type !in ALLOWED_TYPES) {
                    call.respond(HttpStatusCode.BadGateway, "could not fetch that avatar")
                    return@post
                }
                val data = response.readBytes()
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