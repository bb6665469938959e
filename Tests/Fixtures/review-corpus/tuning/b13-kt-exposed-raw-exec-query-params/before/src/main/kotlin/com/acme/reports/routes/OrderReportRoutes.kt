package com.acme.reports.routes

import com.acme.reports.tables.Orders
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import org.jetbrains.exposed.sql.and
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.transaction

fun Route.orderReportRoutes() {
    get("/reports/orders") {
        val region = call.request.queryParameters["region"] ?: "EU"
        val status = call.request.queryParameters["status"] ?: "paid"

        val rows = transaction {
            Orders.selectAll()
                .where { (Orders.region eq region) and (Orders.status eq status) }
                .map { mapOf("id" to it[Orders.id].value, "total" to it[Orders.totalCents]) }
        }
        call.respond(HttpStatusCode.OK, rows)
    }
}