package com.pinboard.routes

import io.ktor.client.*
import io.ktor.client.call.*
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Route.imageProxy(httpClient: HttpClient) {
    get("/proxy/image") {
        val target = call.request.queryParameters["src"]
            ?: return@get call.respond(HttpStatusCode.BadRequest)
        val bytes: ByteArray = httpClient.get(target).body()
        call.respondBytes(bytes, ContentType.Image.Any)
    }
}