package chat.routes

import chat.auth.UserPrincipal
import chat.messages.MessageRepository
import chat.messages.NewMessage
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

fun Route.messageRoutes(messages: MessageRepository) {
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
    }
}
