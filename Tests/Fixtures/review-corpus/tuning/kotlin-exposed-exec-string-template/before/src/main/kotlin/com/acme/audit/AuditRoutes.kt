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
}
