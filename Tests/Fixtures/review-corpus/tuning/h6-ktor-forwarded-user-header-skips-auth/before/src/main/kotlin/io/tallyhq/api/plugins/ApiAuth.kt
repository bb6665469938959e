package io.tallyhq.api.plugins

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.createRouteScopedPlugin
import io.ktor.server.response.respond
import io.tallyhq.api.auth.SessionService
import io.tallyhq.api.auth.UserPrincipal

class ApiAuthConfig {
    lateinit var sessions: SessionService
}

val ApiAuth = createRouteScopedPlugin("ApiAuth", ::ApiAuthConfig) {
    val sessions = pluginConfig.sessions

    onCall { call ->
        val token = call.request.headers["Authorization"]?.removePrefix("Bearer ")?.trim()
        if (token.isNullOrEmpty()) {
            call.respond(HttpStatusCode.Unauthorized)
            return@onCall
        }
        val principal = sessions.lookup(token)
        if (principal == null) {
            call.respond(HttpStatusCode.Unauthorized)
            return@onCall
        }
        call.attributes.put(UserPrincipal.Key, principal)
    }
}
