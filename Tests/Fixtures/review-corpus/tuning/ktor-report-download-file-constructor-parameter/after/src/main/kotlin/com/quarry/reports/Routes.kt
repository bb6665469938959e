package com.quarry.reports

import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.io.File

fun Route.reportRoutes(reportsDir: File) {
    get("/reports") {
        call.respond(reportsDir.list()?.sorted().orEmpty())
    }
    get("/reports/download") {
        val report = File(reportsDir, call.parameters["name"] ?: return@get)
        call.respondFile(report)
    }
}