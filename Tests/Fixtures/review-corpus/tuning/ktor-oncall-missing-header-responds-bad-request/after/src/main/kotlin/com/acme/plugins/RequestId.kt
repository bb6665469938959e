package com.acme.plugins

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.createApplicationPlugin
import io.ktor.server.response.respond

val RequireRequestId = createApplicationPlugin("RequireRequestId") {
    onCall { call ->
        if (call.request.headers["X-Request-Id"] == null) return@onCall call.respond(HttpStatusCode.BadRequest)
        call.response.headers.append("X-Request-Id", call.request.headers["X-Request-Id"]!!)
    }
}
