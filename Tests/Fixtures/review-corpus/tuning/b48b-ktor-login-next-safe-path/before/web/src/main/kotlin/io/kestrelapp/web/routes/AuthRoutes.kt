package io.kestrelapp.web.routes

import io.kestrelapp.web.auth.Authenticator
import io.kestrelapp.web.auth.WebSession
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.sessions.clear
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set
import java.net.URI

/** Only same-site paths ("/foo?x=1") are allowed; anything with a scheme, a host or "//" falls back to /home. */
internal fun safeReturnPath(raw: String?): String {
    if (raw.isNullOrBlank() || raw.contains('\\')) return "/home"
    val uri = runCatching { URI(raw) }.getOrNull() ?: return "/home"
    if (uri.scheme != null || uri.rawAuthority != null) return "/home"
    val path = uri.rawPath ?: return "/home"
    if (!path.startsWith("/") || path.startsWith("//")) return "/home"
    return raw
}

fun Route.authRoutes(auth: Authenticator) {
    post("/login") {
        val form = call.receiveParameters()
        val user = auth.check(form["username"].orEmpty(), form["password"].orEmpty())
            ?: return@post call.respondRedirect("/login?error=1")
        call.sessions.set(WebSession(user.id))
        call.respondRedirect("/home")
    }

    get("/logout") {
        call.sessions.clear<WebSession>()
        call.respondRedirect(safeReturnPath(call.request.queryParameters["next"]))
    }
}
