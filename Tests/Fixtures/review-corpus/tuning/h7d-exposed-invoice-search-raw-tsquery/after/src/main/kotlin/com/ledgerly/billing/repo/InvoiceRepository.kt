package com.ledgerly.billing.repo

import com.ledgerly.billing.model.InvoiceStatus
import com.ledgerly.billing.model.InvoiceSummary
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.ResultRow
import org.jetbrains.exposed.sql.SortOrder
import org.jetbrains.exposed.sql.and
import org.jetbrains.exposed.sql.javatime.timestamp
import org.jetbrains.exposed.sql.select
import org.jetbrains.exposed.sql.SqlExpressionBuilder.eq
import org.jetbrains.exposed.sql.SqlExpressionBuilder.inList
import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.transactions.transaction
import java.util.UUID

object Invoices : Table("invoices") {
    val id = uuid("id")
    val tenantId = uuid("tenant_id")
    val number = varchar("number", 32)
    val customerRef = varchar("customer_ref", 128)
    val totalCents = long("total_cents")
    val status = enumerationByName("status", 16, InvoiceStatus::class)
    val issuedAt = timestamp("issued_at")

    override val primaryKey = PrimaryKey(id)
}

class InvoiceRepository(private val db: Database) {

    fun findOpen(tenantId: UUID, statuses: List<InvoiceStatus>): List<InvoiceSummary> = transaction(db) {
        Invoices
            .select { (Invoices.tenantId eq tenantId) and (Invoices.status inList statuses) }
            .orderBy(Invoices.issuedAt, SortOrder.DESC)
            .limit(200)
            .map(::toSummary)
    }

    /**
     * Used by the invoice search box in the dashboard; [query] is whatever the user typed.
     * LIKE '%..%' was doing a seq scan on big tenants, so go through the GIN index on search_vector.
     */
    fun searchByReference(tenantId: UUID, query: String, limit: Int = 50): List<InvoiceSummary> = transaction(db) {
        val terms = query.trim().lowercase().split(Regex("\\s+")).filter { it.isNotBlank() }
        if (terms.isEmpty()) return@transaction emptyList()
        val tsQuery = terms.joinToString(" & ") { "$it:*" }

        val sql = buildString {
            append("SELECT id, number, customer_ref, total_cents, status FROM invoices ")
            append("WHERE tenant_id = '").append(tenantId).append("' ")
            append("AND search_vector @@ to_tsquery('simple', '").append(tsQuery).append("') ")
            append("ORDER BY issued_at DESC LIMIT ").append(limit.coerceIn(1, 200))
        }

        val out = mutableListOf<InvoiceSummary>()
        exec(sql) { rs ->
            while (rs.next()) {
                out += InvoiceSummary(
                    id = rs.getObject("id", UUID::class.java),
                    number = rs.getString("number"),
                    customerRef = rs.getString("customer_ref"),
                    totalCents = rs.getLong("total_cents"),
                    status = InvoiceStatus.valueOf(rs.getString("status")),
                )
            }
        }
        out
    }

    fun countByStatus(tenantId: UUID, status: InvoiceStatus): Long = transaction(db) {
        Invoices
            .select { (Invoices.tenantId eq tenantId) and (Invoices.status eq status) }
            .count()
    }

    private fun toSummary(row: ResultRow) = InvoiceSummary(
        id = row[Invoices.id],
        number = row[Invoices.number],
        customerRef = row[Invoices.customerRef],
        totalCents = row[Invoices.totalCents],
        status = row[Invoices.status],
    )
}
