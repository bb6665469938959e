package dev.quill.auth

import io.ktor.server.application.call
import io.ktor.server.auth.OAuthAccessTokenResponse
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.sessions.clear
import io.ktor.server.sessions.get
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set

/** Only same-site relative paths: "/x", never "//host", "/\host" or absolute URLs. */
internal fun safeReturnPath(candidate: String?): String {
    if (candidate.isNullOrBlank()) return "/"
    if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/"
    if (candidate.any { it.isISOControl() }) return "/"
    return candidate
}

fun Route.oauthRoutes(users: UserDirectory) {
    // Entry point for "sign in to continue" links: remember where to come back to.
    get("/signin") {
        call.sessions.set(ReturnTo(safeReturnPath(call.request.queryParameters["returnTo"])))
        call.respondRedirect("/login")
    }
    authenticate("github") {
        get("/login") {
            // The OAuth plugin redirects to GitHub before this body runs.
        }
        get("/callback") {
            val token = call.principal<OAuthAccessTokenResponse.OAuth2>()
                ?: return@get call.respondRedirect("/login")
            val user = users.upsertFromGithub(token.accessToken)
            call.sessions.set(QuillSession(userId = user.id))
            val returnTo = call.sessions.get<ReturnTo>()?.path
            call.sessions.clear<ReturnTo>()
            call.respondRedirect(safeReturnPath(returnTo))
        }
    }
}
