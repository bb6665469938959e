package chat.routes

import chat.auth.UserPrincipal
import chat.messages.MessageRepository
import chat.messages.NewMessage
import io.ktor.client.HttpClient
import io.ktor.client.plugins.timeout
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.serialization.Serializable
import org.jsoup.Jsoup

@Serializable
data class LinkPreview(val url: String, val title: String?, val description: String?, val image: String?)

fun Route.messageRoutes(messages: MessageRepository, http: HttpClient) {
    authenticate("session") {
        route("/api/channels/{channelId}/messages") {
            get {
                val user = call.principal<UserPrincipal>()!!
                val channelId = call.parameters["channelId"]!!.toLong()
                if (!messages.isMember(channelId, user.id)) {
                    return@get call.respond(HttpStatusCode.Forbidden)
                }
                val before = call.request.queryParameters["before"]?.toLongOrNull()
                call.respond(messages.page(channelId, before, limit = 50))
            }

            post {
                val user = call.principal<UserPrincipal>()!!
                val channelId = call.parameters["channelId"]!!.toLong()
                if (!messages.isMember(channelId, user.id)) {
                    return@post call.respond(HttpStatusCode.Forbidden)
                }
                val body = call.receive<NewMessage>()
                val saved = messages.insert(channelId, user.id, body.text.take(4000))
                call.respond(HttpStatusCode.Created, saved)
            }
        }

        // The composer shows a card for the first link while the user is still typing.
        get("/api/link-preview") {
            val target = call.request.queryParameters["url"]?.trim()
                ?: return@get call.respond(HttpStatusCode.BadRequest)
            if (!target.startsWith("http://") && !target.startsWith("https://")) {
                return@get call.respond(HttpStatusCode.BadRequest)
            }
            call.respond(unfurl(http, target))
        }
    }
}

private suspend fun unfurl(http: HttpClient, target: String): LinkPreview {
    val html = http.get(target) {
        timeout { requestTimeoutMillis = 3_000 }
        header(HttpHeaders.UserAgent, "ChatUnfurl/1.0 (+https://chat.example.com/bot)")
    }.bodyAsText().take(512_000)

    val doc = Jsoup.parse(html, target)
    fun meta(property: String) = doc.selectFirst("meta[property=$property]")?.attr("content")

    return LinkPreview(
        url = target,
        title = meta("og:title") ?: doc.title().ifBlank { null },
        description = meta("og:description") ?: doc.selectFirst("meta[name=description]")?.attr("content"),
        image = meta("og:image"),
    )
}
