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
import java.net.URI
import java.net.URISyntaxException
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("LoginRoutes")

private const val DEFAULT_LANDING = "/dashboard"

fun Route.loginRoutes(auth: AuthService) {
    get("/login") {
        val returnTo = safeReturnTo(call.request.queryParameters["returnTo"])
        call.respond(FreeMarkerContent("login.ftl", mapOf("error" to null, "returnTo" to returnTo)))
    }

    post("/login") {
        val form: Parameters = call.receiveParameters()
        val email = form["email"].orEmpty().trim()
        val password = form["password"].orEmpty()
        val returnTo = safeReturnTo(form["returnTo"])

        val user = auth.authenticate(email, password)
        if (user == null) {
            log.info("failed login for {}", email)
            call.respond(
                FreeMarkerContent("login.ftl", mapOf("error" to "Invalid email or password", "returnTo" to returnTo))
            )
            return@post
        }

        call.sessions.set(UserSession(userId = user.id, csrf = auth.newCsrfToken()))
        call.respondRedirect(returnTo)
    }
}

/** Deep links bounce through /login?returnTo=/trips/123 when the session has expired. */
internal fun safeReturnTo(raw: String?): String {
    if (raw.isNullOrBlank() || raw.length > 2048) return DEFAULT_LANDING
    if (!raw.startsWith("/") || raw.startsWith("//")) return DEFAULT_LANDING
    if (raw.contains('\\') || raw.any { it.isISOControl() }) return DEFAULT_LANDING

    val uri = try {
        URI(raw)
    } catch (e: URISyntaxException) {
        return DEFAULT_LANDING
    }
    if (uri.scheme != null || uri.rawAuthority != null) return DEFAULT_LANDING
    return raw
}
