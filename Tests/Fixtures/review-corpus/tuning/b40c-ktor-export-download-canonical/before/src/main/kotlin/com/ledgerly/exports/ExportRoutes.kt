package com.ledgerly.exports

import com.ledgerly.auth.UserPrincipal
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import java.io.File

fun Route.exportRoutes(exportDir: File, jobs: ExportJobQueue) {
    authenticate("session") {
        route("/exports") {
            post {
                val user = call.principal<UserPrincipal>()!!
                val req = call.receive<ExportRequest>()
                val job = jobs.enqueue(user.id, req.format, req.from, req.to)
                call.respond(HttpStatusCode.Accepted, job)
            }
            get {
                val user = call.principal<UserPrincipal>()!!
                call.respond(jobs.listFor(user.id))
            }
        }
    }
}
