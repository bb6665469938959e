package dev.larchdesk.tickets.repository

import dev.larchdesk.tickets.domain.Ticket
import dev.larchdesk.tickets.domain.TicketStatus
import jakarta.persistence.EntityManager
import org.springframework.stereotype.Repository
import org.springframework.transaction.annotation.Transactional

@Repository
@Transactional(readOnly = true)
class TicketSearchRepository(private val em: EntityManager) {

    fun search(
        tenantId: Long,
        status: TicketStatus?,
        assigneeId: Long?,
        page: Int,
        size: Int,
    ): List<Ticket> {
        val jpql = buildString {
            append("select t from Ticket t where t.tenantId = :tenantId")
            if (status != null) append(" and t.status = :status")
            if (assigneeId != null) append(" and t.assignee.id = :assigneeId")
            append(" order by t.updatedAt desc")
        }
        val query = em.createQuery(jpql, Ticket::class.java)
            .setParameter("tenantId", tenantId)
        status?.let { query.setParameter("status", it) }
        assigneeId?.let { query.setParameter("assigneeId", it) }
        return query
            .setFirstResult(page * size)
            .setMaxResults(size.coerceAtMost(100))
            .resultList
    }
}
