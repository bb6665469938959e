package com.acme.directory.repo

import com.acme.directory.model.Member
import com.acme.directory.tables.Members
import org.jetbrains.exposed.sql.ResultRow
import org.jetbrains.exposed.sql.SortOrder
import org.jetbrains.exposed.sql.and
import org.jetbrains.exposed.sql.lowerCase
import org.jetbrains.exposed.sql.or
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.experimental.newSuspendedTransaction

class MemberSearchRepository {

    suspend fun search(orgId: Long, term: String, limit: Int = 50): List<Member> =
        newSuspendedTransaction {
            val pattern = "%${term.lowercase().replace("%", "\\%").replace("_", "\\_")}%"
            Members.selectAll()
                .where {
                    (Members.orgId eq orgId) and
                        ((Members.displayName.lowerCase() like pattern) or
                            (Members.email.lowerCase() like pattern))
                }
                .orderBy(Members.displayName to SortOrder.ASC)
                .limit(limit.coerceIn(1, 200))
                .map(::toMember)
        }

    private fun toMember(row: ResultRow) = Member(
        id = row[Members.id].value,
        orgId = row[Members.orgId],
        displayName = row[Members.displayName],
        email = row[Members.email],
    )
}