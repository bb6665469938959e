package chat.routes

import chat.auth.UserSession
import chat.messages.LinkPreview
import chat.messages.MessageService
import chat.messages.NewMessage
import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.statement.bodyAsText
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

private val TITLE = Regex("<title[^>]*>(.*?)</title>", RegexOption.IGNORE_CASE)

fun Route.messageRoutes(messages: MessageService, http: HttpClient) {
    authenticate("session") {
        route("/api/channels/{channelId}/messages") {
            get {
                val user = call.principal<UserSession>()!!
                val channelId = call.parameters["channelId"]!!.toLong()
                val before = call.request.queryParameters["before"]?.toLongOrNull()
                call.respond(messages.page(user.id, channelId, before, limit = 50))
            }
            post {
                val user = call.principal<UserSession>()!!
                val channelId = call.parameters["channelId"]!!.toLong()
                val body = call.receive<NewMessage>()
                if (body.text.isBlank() || body.text.length > 4000) {
                    call.respond(HttpStatusCode.BadRequest)
                    return@post
                }
                call.respond(HttpStatusCode.Created, messages.post(user.id, channelId, body.text))
            }
        }

        // Link previews for the composer: the client sends the first URL it finds in the draft.
        get("/api/unfurl") {
            val target = call.request.queryParameters["url"].orEmpty()
            if (!target.startsWith("http://") && !target.startsWith("https://")) {
                call.respond(HttpStatusCode.BadRequest)
                return@get
            }
            call.respond(fetchPreview(http, target))
        }
    }
}

private suspend fun fetchPreview(http: HttpClient, target: String): LinkPreview {
    val html = http.get(target) { header("User-Agent", "ChatUnfurl/1.0") }.bodyAsText()
    val title = TITLE.find(html)?.groupValues?.get(1)?.trim()
    return LinkPreview(url = target, title = title, snippet = html.take(500))
}
