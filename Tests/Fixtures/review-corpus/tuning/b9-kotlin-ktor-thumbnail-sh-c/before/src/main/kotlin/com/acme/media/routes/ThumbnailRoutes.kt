package com.acme.media.routes

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.io.File

fun Route.thumbnailRoutes(storageRoot: File) {
    get("/media/{id}/thumbnail") {
        val id = call.parameters["id"]?.toLongOrNull()
            ?: return@get call.respond(HttpStatusCode.BadRequest)
        val thumb = File(storageRoot, "thumbs/$id.jpg")
        if (!thumb.exists()) {
            return@get call.respond(HttpStatusCode.NotFound)
        }
        call.respondFile(thumb)
    }
}
