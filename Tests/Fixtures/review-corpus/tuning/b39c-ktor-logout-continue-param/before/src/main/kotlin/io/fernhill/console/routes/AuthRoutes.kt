package io.fernhill.console.routes

import io.fernhill.console.auth.ConsoleSession
import io.fernhill.console.auth.UserDirectory
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.sessions.clear
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set

fun Route.authRoutes(users: UserDirectory) {
    post("/login") {
        val form = call.receiveParameters()
        val user = users.verify(form["email"].orEmpty(), form["password"].orEmpty())
        if (user == null) {
            call.respond(HttpStatusCode.Unauthorized, "Invalid email or password")
            return@post
        }
        call.sessions.set(ConsoleSession(userId = user.id, issuedAt = System.currentTimeMillis()))
        call.respondRedirect("/projects")
    }

    get("/logout") {
        call.sessions.clear<ConsoleSession>()
        call.respondRedirect("/")
    }
}
