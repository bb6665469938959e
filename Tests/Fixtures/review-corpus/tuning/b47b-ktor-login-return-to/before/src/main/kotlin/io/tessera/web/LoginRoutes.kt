package io.tessera.web

import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respondRedirect
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set
import io.tessera.auth.Accounts

fun Route.loginRoutes(accounts: Accounts) {
    get("/login") {
        call.respondText(loginPage(), ContentType.Text.Html)
    }

    post("/login") {
        val form = call.receiveParameters()
        val user = accounts.verify(form["email"].orEmpty(), form["password"].orEmpty())
        if (user == null) {
            call.respondText("Invalid email or password", status = HttpStatusCode.Unauthorized)
            return@post
        }
        call.sessions.set(UserSession(user.id))
        call.respondRedirect("/dashboard")
    }
}
