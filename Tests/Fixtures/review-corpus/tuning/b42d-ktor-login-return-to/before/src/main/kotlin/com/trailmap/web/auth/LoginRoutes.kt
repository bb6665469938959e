package com.trailmap.web.auth

import io.ktor.http.Parameters
import io.ktor.server.application.call
import io.ktor.server.freemarker.FreeMarkerContent
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("LoginRoutes")

fun Route.loginRoutes(auth: AuthService) {
    get("/login") {
        call.respond(FreeMarkerContent("login.ftl", mapOf("error" to null)))
    }

    post("/login") {
        val form: Parameters = call.receiveParameters()
        val email = form["email"].orEmpty().trim()
        val password = form["password"].orEmpty()

        val user = auth.authenticate(email, password)
        if (user == null) {
            log.info("failed login for {}", email)
            call.respond(FreeMarkerContent("login.ftl", mapOf("error" to "Invalid email or password")))
            return@post
        }

        call.sessions.set(UserSession(userId = user.id, csrf = auth.newCsrfToken()))
        call.respondRedirect("/dashboard")
    }
}
