package com.harborline.auth.routes

import com.harborline.auth.service.LoginService
import com.harborline.auth.session.UserSession
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set

fun Route.loginRoutes(loginService: LoginService) {
    post("/login") {
        val form = call.receiveParameters()
        val email = form["email"].orEmpty()
        val password = form["password"].orEmpty()

        val user = loginService.authenticate(email, password)
        if (user == null) {
            call.respond(HttpStatusCode.Unauthorized, "Invalid email or password")
            return@post
        }
        call.sessions.set(UserSession(userId = user.id, tenant = user.tenantId))
        call.respondRedirect("/dashboard")
    }
}
