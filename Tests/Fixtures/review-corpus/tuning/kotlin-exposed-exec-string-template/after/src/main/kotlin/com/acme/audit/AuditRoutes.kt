package com.acme.audit

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import org.jetbrains.exposed.sql.SortOrder
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.transaction

fun Route.auditRoutes() {
    get("/audit/recent") {
        val limit = call.request.queryParameters["limit"]?.toIntOrNull()?.coerceIn(1, 500) ?: 100
        val rows = transaction {
            AuditLog.selectAll()
                .orderBy(AuditLog.createdAt, SortOrder.DESC)
                .limit(limit)
                .map { AuditEntry.from(it) }
        }
        call.respond(rows)
    }

    get("/audit/by-actor/{actor}") {
        val actor = call.parameters["actor"] ?: return@get call.respond(HttpStatusCode.BadRequest)
        val count = transaction {
            var n = 0L
            exec("SELECT count(*) FROM audit_log WHERE actor = '$actor'") { rs ->
                if (rs.next()) n = rs.getLong(1)
            }
            n
        }
        call.respond(mapOf("actor" to actor, "count" to count))
    }
}
