package com.acme.reports.routes

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import org.jetbrains.exposed.sql.transactions.TransactionManager
import org.jetbrains.exposed.sql.transactions.transaction

fun Route.orderReportRoutes() {
    get("/reports/orders") {
        val region = call.request.queryParameters["region"] ?: "EU"
        val status = call.request.queryParameters["status"] ?: "paid"

        // The DSL query could not use the partial index; hand-written SQL is ~20x faster here.
        val rows = transaction {
            val out = mutableListOf<Map<String, Any>>()
            TransactionManager.current().exec(
                """
                SELECT id, total_cents FROM orders
                WHERE region = '$region' AND status = '$status' AND deleted_at IS NULL
                ORDER BY created_at DESC LIMIT 1000
                """.trimIndent()
            ) { rs ->
                while (rs.next()) {
                    out += mapOf("id" to rs.getLong("id"), "total" to rs.getLong("total_cents"))
                }
            }
            out
        }
        call.respond(HttpStatusCode.OK, rows)
    }
}